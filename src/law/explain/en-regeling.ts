/** Explanations for the rules of the Regeling inburgering 2021 and the outcomes users ask for (issue 11). */
export const enRegeling: Readonly<Record<string, string>> = {
  'rule.wi2021.kosten.examens': 'Exam fees: you paid {paid} euro; {free} exams were free.',
  'rule.wi2021.kosten.vrijstelling': 'An application for exemption (vrijstelling) costs {fee} euro.',
  'rule.wi2021.kosten.medisch': 'The medical examination for an ontheffing costs {fee} euro.',
  'rule.wi2021.aanvraag.beslistermijn.beslistermijn': 'DUO must decide on your application by {due}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.zelfde_route':
    'You already follow the learning route you asked for ({to}).',
  'rule.wi2021.leerroute.wijzigingsverzoek.geen_pip':
    'There is no plan (PIP) with a learning route yet, so it cannot be changed.',
  'rule.wi2021.leerroute.wijzigingsverzoek.binnen_termijn':
    'The municipality may still change your learning route to {to}: the first one and a half years of your term have not passed.',
  'rule.wi2021.leerroute.wijzigingsverzoek.onderwijs_naar_b1':
    'A change from the education route to the B1 route is allowed at any time.',
  'rule.wi2021.leerroute.wijzigingsverzoek.na_niet_vrijstellende_opleiding':
    'You finished (or left) a non-exempting course. So the municipality may still change your learning route to {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.bijzonder_geval':
    'The municipality finds your case special. So it may still change your learning route to {to}.',
  'rule.wi2021.leerroute.wijzigingsverzoek.termijn_verstreken':
    'The municipality may no longer change your learning route to {to}: that was possible until {lastDay}.',
  'summary.fine.due': 'You must pay a fine of {amount} ({article}).',
  'summary.fine.due_table':
    'You get a fine ({article}). DUO sets the amount from the table in {table}, which we do not have. It is at most {max}.',
  'summary.fine.new_term': 'After the fine you have a new term of {months} months.',
  'summary.fine.new_term_last_day': 'Your new term after the fine ends on {lastDay}.',
  'summary.application.due': 'DUO must decide on your application ({type}) by {date}.',
  'summary.route_change.allowed': 'The municipality may change your learning route to {to} now.',
  'summary.route_change.not_allowed': 'The municipality may no longer change your learning route to {to}.',
  'summary.loan.amount': 'With your income you can borrow {amount}. You repay at least {instalment} a month.',
  'summary.free_attempts': 'Free exams you have left: {items}.',
};
