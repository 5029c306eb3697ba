// Dutch catalog for published tables and charts (the reference catalog: other languages follow its keys).
// Placeholders are written {name}.
export const nl = {
  'legend.title': 'Verklaring van tekens',
  'legend.symbol.x': 'geheim',
  'legend.symbol.dot': 'cijfer onbekend of onvoldoende betrouwbaar',
  'legend.symbol.star': 'voorlopig cijfer',
  'legend.note.rounding.fixed':
    'Aantallen zijn afgerond op {unit}; een totaal kan daardoor afwijken van de som van de delen.',
  'legend.note.rounding.random':
    'Aantallen zijn willekeurig afgerond op {unit}; een totaal kan daardoor afwijken van de som van de delen.',
  'legend.note.minCell': 'Aantallen kleiner dan {min} (behalve 0) zijn geheim.',
  'legend.note.minDenominator':
    'Percentages staan er alleen als de noemer ten minste {min} waarnemingen telt.',
  'legend.note.magnitude':
    'Sommen en gemiddelden staan er alleen bij ten minste {min} waarnemingen en als geen enkele waarneming meer dan {pct}% van het totaal bijdraagt.',
  'legend.note.secondary':
    'Enkele cellen zijn extra geheim gemaakt, zodat een geheime cel niet uit de totalen is af te leiden.',
  'rounding.unit.5': 'vijftallen',
  'rounding.unit.10': 'tientallen',
  'rounding.unit.100': 'honderdtallen',
  'table.total': 'Totaal',
  'measure.count': 'aantal',
  'measure.share': 'percentage',
  'measure.sum': 'som',
  'measure.mean': 'gemiddelde',
  'measure.symbol': '{measure} (teken)',
  'chart.source.default': 'Bron: inburgering, eigen berekening',
  'chart.progress.title': 'Aandeel dat heeft voldaan, naar maanden sinds de start',
  'chart.progress.x': 'Maanden sinds de start',
  'chart.progress.y': 'Aandeel voldaan',
  'chart.routes.title': 'Verdeling over de leerroutes',
  'chart.routes.x': 'Aandeel',
  'chart.routes.suppressed': 'geheim (x)',
  'chart.reform.title': 'Basis en hervorming vergeleken',
  'chart.reform.scenario': 'Scenario',
  'chart.reform.baseline': 'Basis',
  'chart.reform.reform': 'Hervorming',
  'chart.reform.differencePoints': '{value} %-punt',
  'chart.reform.difference': 'verschil {value}',
  'chart.reform.y.share': 'Aandeel',
  'chart.reform.y.count': 'Aantal',
  'chart.reform.y.mean': 'Gemiddelde',
  'chart.reform.y.sum': 'Som',
} as const;

export type MessageKey = keyof typeof nl;
