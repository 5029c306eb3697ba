/**
 * The workspace's data tables: a horizontally scrollable frame, a caption, one header row of column names, and the
 * rows the caller renders. Keeps caption and `scope="col"` headers (WCAG 1.3.1) the same on every page.
 */
import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface DataTableProps {
  readonly testId: string;
  readonly caption: ReactNode;
  readonly columns: readonly string[];
  readonly children: ReactNode;
}

export function DataTable({ testId, caption, columns, children }: DataTableProps) {
  return (
    <div className="app-table-scroll">
      <Table className="app-table" data-testid={testId}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c} scope="col">
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
