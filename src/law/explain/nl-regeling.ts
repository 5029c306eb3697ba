/** Uitleg voor de regels uit de Regeling inburgering 2021 en de uitkomsten die gebruikers vragen (issue 11). */
export const nlRegeling: Readonly<Record<string, string>> = {
  'rule.wi2021.kosten.examens': 'Examengeld: u betaalde {paid} euro; {free} examens waren gratis.',
  'rule.wi2021.kosten.vrijstelling': 'Een aanvraag voor vrijstelling kost {fee} euro.',
  'rule.wi2021.kosten.medisch': 'Het medisch onderzoek voor een ontheffing kost {fee} euro.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn':
    'DUO moet uiterlijk op {due} beslissen over uw aanvraag.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route': 'U volgt de gevraagde leerroute ({to}) al.',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'Er is nog geen plan (PIP) met een leerroute. Die kan dus nog niet worden gewijzigd.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'De gemeente mag uw leerroute nu nog wijzigen naar {to}: de eerste anderhalf jaar van uw termijn is nog niet voorbij.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'Van de onderwijsroute naar de B1-route mag altijd.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'U bent klaar met (of gestopt met) een niet-vrijstellende opleiding. Daarom mag de gemeente uw leerroute nu nog wijzigen naar {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'De gemeente vindt uw situatie bijzonder. Daarom mag zij uw leerroute nog wijzigen naar {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'De gemeente mag uw leerroute niet meer wijzigen naar {to}: dat kon tot en met {lastDay}.',
  'summary.fine.due': 'U moet een boete betalen van {amount} ({article}).',
  'summary.fine.due_table':
    'U krijgt een boete ({article}). DUO bepaalt de hoogte met de tabel in {table}; die tabel hebben wij niet. Het is ten hoogste {max}.',
  'summary.fine.new_term': 'Na de boete hebt u een nieuwe termijn van {months} maanden.',
  'summary.fine.new_term_last_day': 'Uw nieuwe termijn na de boete eindigt op {lastDay}.',
  'summary.application.due': 'DUO moet uiterlijk op {date} beslissen over uw aanvraag ({type}).',
  'summary.route_change.allowed': 'De gemeente mag uw leerroute nu wijzigen naar {to}.',
  'summary.route_change.not_allowed': 'De gemeente mag uw leerroute niet meer wijzigen naar {to}.',
  'summary.loan.amount':
    'Met uw inkomen kunt u {amount} lenen. U betaalt minstens {instalment} per maand terug.',
  'summary.free_attempts': 'Gratis examens die u nog hebt: {items}.',
};
