// Secondary suppression on a 1-D or 2-D table with margins.
//
// Model: every row and every column of the table with its margins is a linear constraint (the cells add up to the
// total). With margins negated, each constraint is "these cells sum to a constant", and every cell lies on exactly
// two constraints, so the table is a bipartite multigraph: a node per line, an edge per cell (a 1-D table has one
// line and a free "ground" node). A hidden cell is then derivable from the published cells exactly when its edge
// is a bridge of the graph of hidden cells: if it lies on a cycle, moving +d, -d around the cycle changes no line
// sum. "The only hidden cell in a row or column" is the simplest bridge, but not the only one (two hidden
// rectangles joined by one hidden cell reveal that cell), so we test for bridges, not just for lonely cells.
//
// Heuristic (the shortest-path method): while some hidden cell is a bridge, hide the published cells on the
// cheapest cycle through it, i.e. the cheapest path between its row and its column that avoids it, where hidden
// cells cost nothing. Interior cells before totals, non-zero before zero, small before large. Each step hides at
// least one more cell and the loop ends when no hidden cell is a bridge; it does not promise the fewest cells.

/** Shape of a table: `columns` is 0 for a 1-D table. Cells and margins are indexed as in `gridIndex`. */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
}

/** Index of a cell in the table with margins; `null` is the total over that dimension. */
export function gridIndex(grid: Grid, row: number | null, column: number | null = null): number {
  const r = row ?? grid.rows;
  if (grid.columns === 0) return r;
  return r * (grid.columns + 1) + (column ?? grid.columns);
}

/** Number of cells including margins. */
export function gridSize(grid: Grid): number {
  return grid.columns === 0 ? grid.rows + 1 : (grid.rows + 1) * (grid.columns + 1);
}

/** Whether cell `index` is a total (margin) rather than an interior cell. */
export function isMargin(grid: Grid, index: number): boolean {
  if (grid.columns === 0) return index === grid.rows;
  const width = grid.columns + 1;
  return Math.floor(index / width) === grid.rows || index % width === grid.columns;
}

interface Graph {
  readonly nodes: number;
  readonly ends: readonly (readonly [number, number])[];
}

function graphOf(grid: Grid): Graph {
  const size = gridSize(grid);
  const ends: [number, number][] = [];
  if (grid.columns === 0) {
    for (let i = 0; i < size; i++) ends.push([0, 1]);
    return { nodes: 2, ends };
  }
  const width = grid.columns + 1;
  for (let i = 0; i < size; i++) ends.push([Math.floor(i / width), grid.rows + 1 + (i % width)]);
  return { nodes: grid.rows + 1 + width, ends };
}

function adjacency(graph: Graph, active: readonly boolean[]): number[][] {
  const adj: number[][] = Array.from({ length: graph.nodes }, () => []);
  graph.ends.forEach(([u, v], e) => {
    if (!active[e]) return;
    adj[u]!.push(e);
    adj[v]!.push(e);
  });
  return adj;
}

function other(graph: Graph, edge: number, node: number): number {
  const [u, v] = graph.ends[edge]!;
  return u === node ? v : u;
}

/** Bridges among the active edges (Tarjan, iterative, parallel edges allowed). */
function bridges(graph: Graph, active: readonly boolean[]): boolean[] {
  const adj = adjacency(graph, active);
  const disc = new Int32Array(graph.nodes).fill(-1);
  const low = new Int32Array(graph.nodes);
  const isBridge = new Array<boolean>(graph.ends.length).fill(false);
  let time = 0;
  for (let start = 0; start < graph.nodes; start++) {
    if (disc[start] !== -1) continue;
    disc[start] = low[start] = time++;
    const stack: { node: number; via: number; next: number }[] = [{ node: start, via: -1, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = adj[frame.node]!;
      if (frame.next < edges.length) {
        const e = edges[frame.next++]!;
        if (e === frame.via) continue;
        const w = other(graph, e, frame.node);
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          stack.push({ node: w, via: e, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node]!, disc[w]!);
        }
        continue;
      }
      stack.pop();
      if (frame.via === -1) continue;
      const parent = other(graph, frame.via, frame.node);
      low[parent] = Math.min(low[parent]!, low[frame.node]!);
      if (low[frame.node]! > disc[parent]!) isBridge[frame.via] = true;
    }
  }
  return isBridge;
}

/**
 * Which hidden cells can be solved exactly from the published cells and the line constraints
 * (`hidden[i]` true = not published). Result is true only for hidden cells.
 */
export function derivableCells(grid: Grid, hidden: readonly boolean[]): boolean[] {
  if (hidden.length !== gridSize(grid))
    throw new Error(`expected ${gridSize(grid)} cells, got ${hidden.length}`);
  return bridges(graphOf(grid), hidden);
}

type Cost = readonly [margins: number, zeros: number, value: number];

const ZERO: Cost = [0, 0, 0];

function add(a: Cost, b: Cost): Cost {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function less(a: Cost, b: Cost): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

/**
 * Cheapest path from `from` to `to` not using edge `without` (Dijkstra; hidden edges are free). Returns the
 * edges on it, or null when there is none.
 */
function cheapestPath(
  graph: Graph,
  cost: (edge: number) => Cost,
  from: number,
  to: number,
  without: number,
): number[] | null {
  const adj = adjacency(
    graph,
    graph.ends.map(() => true),
  );
  const dist: (Cost | null)[] = new Array(graph.nodes).fill(null);
  const via = new Int32Array(graph.nodes).fill(-1);
  const done = new Array<boolean>(graph.nodes).fill(false);
  dist[from] = ZERO;
  for (;;) {
    let node = -1;
    for (let n = 0; n < graph.nodes; n++) {
      const d = dist[n];
      if (!done[n] && d && (node === -1 || less(d, dist[node]!))) node = n;
    }
    if (node === -1) return null;
    if (node === to) break;
    done[node] = true;
    for (const e of adj[node]!) {
      if (e === without) continue;
      const w = other(graph, e, node);
      const d = add(dist[node]!, cost(e));
      const old = dist[w];
      if (!done[w] && (!old || less(d, old))) {
        dist[w] = d;
        via[w] = e;
      }
    }
  }
  const path: number[] = [];
  for (let n = to; n !== from; n = other(graph, via[n]!, n)) path.push(via[n]!);
  return path;
}

/**
 * The cells to hide so that no hidden cell is derivable: `primary` plus the secondary suppressions.
 * `values` are the exact cell values (with margins) and only price the candidates.
 */
export function protect(grid: Grid, values: readonly number[], primary: readonly boolean[]): boolean[] {
  const size = gridSize(grid);
  if (values.length !== size || primary.length !== size) {
    throw new Error(`expected ${size} cells, got ${values.length} values and ${primary.length} flags`);
  }
  const graph = graphOf(grid);
  const hidden = [...primary];
  // Hiding a total costs more than any number of interior cells, a zero (weak cover: everyone may guess it)
  // more than any non-zero cell; then the hidden total, plus one per cell so fewer cells win a tie.
  const cost = (e: number): Cost =>
    hidden[e] ? ZERO : [isMargin(grid, e) ? 1 : 0, values[e] === 0 ? 1 : 0, Math.abs(values[e]!) + 1];
  for (;;) {
    const bridge = bridges(graph, hidden).indexOf(true);
    if (bridge === -1) return hidden;
    const [u, v] = graph.ends[bridge]!;
    const path = cheapestPath(graph, cost, u, v, bridge);
    // Unreachable: a table with margins has at least two lines each way, so removing one cell disconnects nothing.
    if (!path) throw new Error(`secondary suppression found no cover for cell ${bridge}`);
    for (const e of path) hidden[e] = true;
  }
}
