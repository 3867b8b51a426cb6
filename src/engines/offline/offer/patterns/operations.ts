/** Task patterns for operations work: assistants, support, bookkeeping, lead generation, research. */
import type { TaskPattern } from '../task-pattern.ts';

export const OPERATIONS_PATTERNS: readonly TaskPattern[] = [
  {
    id: 'virtual-assistant',
    triggers: [
      /\bvirtual\s+assist\w*/i,
      /\b(?:personal|executive|admin\w*)\s+assist\w*/i,
      /\bva\b/i,
      /\badmin(?:istrative)?\s+(?:support|tasks?|work)\b/i,
      /\binbox\s+manag\w*/i,
      /\bcalendar\s+manag\w*/i,
      /\bappointment\s+(?:setting|scheduling)\b/i,
    ],
    skills: ['virtual assistant', 'administrative support', 'calendar management', 'email management', 'executive assistant'],
    level: 'ai_assisted',
    reason:
      'AI tools now draft replies, sort inboxes and book meetings; handling the exceptions with judgement and discretion is why clients keep an assistant.',
    buyer: 'A founder or manager losing hours to admin that someone else could handle',
    problem: 'The owner spends hours on email, scheduling and small tasks, so the work only they can do waits.',
    before: 'Admin handled by the owner between other work, with no written procedures.',
    after: 'Admin handled by an assistant from written procedures, with a weekly summary of what was done and what needs the owner.',
    outcome:
      'Recurring admin taken over under written procedures, with a weekly summary of what was handled and the decisions that need the owner.',
    valueLevers: ['speed', 'cost'],
    countedDeliverable: {
      counted: '{count} {unit} handled under written procedures',
      uncounted: 'The agreed recurring admin tasks handled under written procedures',
    },
    deliverables: ['A written procedure for each recurring task as it is taken over', 'A weekly summary: done, waiting, and needing a decision'],
    inclusions: ['Inbox sorting under agreed rules', 'Calendar and booking management', 'AI-drafted replies checked by the assistant before sending'],
    exclusions: ['Signing or approving on the client’s behalf', 'Access beyond the agreed tools', 'Work outside the agreed hours'],
    acceptanceCriteria: [
      'Each recurring task has a written procedure the client approves',
      'Each weekly summary is delivered on the agreed day',
      'Every message sent on the client’s behalf follows the agreed rules',
    ],
    headline: 'Your time back for the work only you can do: admin handled under written procedures',
    repackage: 'Sell admin taken off the owner’s desk under written procedures with a weekly summary, not hours of assistance.',
  },
  {
    id: 'customer-support',
    triggers: [
      /\bcustomer\s+(?:support|service|care|success)\b/i,
      /\bsupport\s+(?:tickets?|agents?|emails?|inbox|queue)\b/i,
      /\bhelp\s*desk\b/i,
      /\b(?:zendesk|freshdesk|intercom|gorgias)\b/i,
      /\blive\s+chat\b/i,
    ],
    skills: ['customer support', 'customer service', 'zendesk', 'freshdesk', 'intercom', 'help desk'],
    level: 'ai_assisted',
    reason:
      'AI drafts and answers routine tickets; handling upset, complex or high-value customers and removing the causes of tickets still needs a person.',
    buyer: 'A business whose support queue grows faster than its team',
    problem:
      'Tickets wait, answers vary between agents, and the same questions keep coming because nobody fixes their cause.',
    before: 'A queue worked in order of arrival, answers written from memory, and no record of why customers write in.',
    after: 'A queue sorted by urgency, approved answers for routine questions, and a report of the causes behind repeat tickets.',
    outcome:
      'A support queue handled under agreed response targets, with a library of approved answers and a monthly report of ticket causes and what would remove them.',
    valueLevers: ['cost', 'risk', 'revenue'],
    countedDeliverable: {
      counted: '{count} {unit} handled under agreed response targets',
      uncounted: 'The support queue handled under agreed response targets and hours',
    },
    deliverables: ['A library of approved answers for routine questions', 'A tagging scheme for ticket causes', 'A monthly cause report with suggested fixes'],
    inclusions: ['Ticket handling in the client’s help desk', 'Escalation of complex and high-value cases to named staff', 'AI-drafted replies checked before sending'],
    exclusions: ['Refund or policy decisions beyond the written rules', 'Phone support unless agreed', 'Product fixes for the causes found'],
    acceptanceCriteria: [
      'Every ticket is tagged with a cause',
      'Every escalation follows the written rules',
      'The cause report uses ticket counts as the help desk reports them',
    ],
    headline: 'A support queue that shrinks at the source: tickets answered, plus a report of why customers write in',
    repackage: 'Sell a queue handled to agreed targets plus a cause report that removes repeat tickets, not hours on the inbox.',
  },
  {
    id: 'bookkeeping',
    triggers: [
      /\bbook\s*-?keep\w*/i,
      /\baccounting\b/i,
      /\b(?:quickbooks|xero|freshbooks|wave\s+accounting)\b/i,
      /\breconcil\w*/i,
      /\bpayroll\b/i,
      /\baccounts\s+(?:payable|receivable)\b/i,
    ],
    skills: ['bookkeeping', 'accounting', 'quickbooks', 'xero', 'reconciliation', 'payroll', 'cpa'],
    level: 'human_critical',
    reason:
      'Bank feeds and AI categorise most transactions, but the books carry legal and tax consequences, so a qualified person must check, reconcile and stand behind them.',
    buyer: 'A small business owner who needs reliable books without doing them',
    problem:
      'Transactions pile up uncategorised, reconciliations lag and the owner finds problems at tax time, when they cost most.',
    before: 'Books updated in bursts before deadlines, with unreconciled accounts and missing receipts.',
    after: 'Books reconciled every month, exceptions listed for the owner, and reports ready before each deadline.',
    outcome:
      'Books reconciled each month, an exception list of transactions that need the owner’s answer, and management reports delivered on an agreed day.',
    valueLevers: ['risk', 'cost', 'judgment'],
    countedDeliverable: {
      counted: '{count} {unit} categorised and reconciled each month',
      uncounted: 'Every account in scope categorised and reconciled each month',
    },
    deliverables: [
      'A monthly reconciliation of bank and card accounts',
      'An exception list of missing receipts and unclear transactions',
      'A monthly profit and loss statement and balance sheet',
    ],
    inclusions: ['Bank feed and rule setup in the client’s accounting software', 'Receipt matching', 'A monthly review call'],
    exclusions: ['Tax filing and tax advice, which need a licensed professional where the law requires', 'Audit or assurance work', 'Payroll unless agreed'],
    acceptanceCriteria: [
      'Every bank and card account reconciles to its statement at month end',
      'The exception list names each transaction with its date, amount and account',
      'Reports arrive on the agreed day each month',
    ],
    headline: 'Books you can trust at tax time: monthly reconciliation with an exception list and reports on schedule',
    repackage: 'Sell monthly reconciled books with an exception list and scheduled reports, not data entry into accounting software.',
  },
  {
    id: 'lead-generation',
    triggers: [
      /\blead\s*(?:gen\w*|lists?|research)\b/i,
      /\bprospect(?:ing|s)?\b/i,
      /\b(?:b2b|sales|qualified|new|more)\s+leads\b/i,
      /\bleads\s+(?:lists?|database|sheets?)\b/i,
      /\b(?:contact|email)\s+lists?\b/i,
    ],
    skills: ['lead generation', 'prospecting', 'linkedin sales navigator', 'apollo', 'b2b', 'research', 'crm'],
    level: 'automatable',
    reason:
      'Contact databases and AI tools build lists in minutes; what wins meetings is a narrow customer definition and a reason to contact each lead.',
    buyer: 'A sales team or founder that needs conversations with the right buyers',
    problem:
      'Bought or scraped lists are broad and stale, so outreach gets ignored and harms the sender’s reputation with mail providers.',
    before: 'Large generic lists and the same message sent to everyone.',
    after: 'A focused, verified list of accounts that fit a written profile, each with a reason to reach out now.',
    outcome:
      'A list of accounts that fit a written ideal customer profile, with verified contacts and a documented reason to contact each account now.',
    valueLevers: ['revenue', 'speed'],
    countedDeliverable: {
      counted: '{count} {unit} researched against the ideal customer profile, each with a reason to contact',
      uncounted: 'Accounts researched against the ideal customer profile, each with a reason to contact',
    },
    deliverables: [
      'An ideal customer profile agreed before research',
      'A lead sheet with the source and verification date of each contact',
      'Trigger notes: the recent event that makes each account worth contacting',
    ],
    inclusions: ['Email verification', 'Deduplication against the client’s CRM', 'An import file for the client’s CRM'],
    exclusions: ['Sending outreach', 'Personal data the client cannot lawfully process', 'Paid database access unless the client provides it'],
    acceptanceCriteria: [
      'Every lead meets each criterion of the profile',
      'Every contact has a source and a verification date',
      'Every lead is checked against the client’s CRM and duplicates none of its records',
    ],
    headline: 'Conversations with buyers who fit: verified accounts matched to your ideal customer profile, each with a reason to call',
    repackage: 'Sell a profile-matched, verified account list with a reason to contact each, not a count of leads.',
  },
  {
    id: 'market-research',
    triggers: [/\bmarket\s+research\b/i, /\bcompetit\w*\s+(?:research|analysis|review)\b/i, /\bresearch\b/i],
    skills: ['market research', 'competitive analysis', 'research', 'surveys', 'interviews'],
    level: 'ai_assisted',
    reason:
      'AI summarises public sources quickly, but choosing the question, judging sources and talking to customers are where research earns its fee.',
    buyer: 'A business deciding where to compete or what to launch',
    problem: 'Decisions get made from assumptions or a pile of links, because nobody has turned research into an answer.',
    before: 'Scattered notes, links and opinions, and no answer to the decision question.',
    after: 'A brief that answers the decision question, with sources rated for reliability.',
    outcome:
      'A research brief that answers the agreed decision question, with every source cited and rated for reliability and the open questions named.',
    valueLevers: ['judgment', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} researched and summarised with sources',
      uncounted: 'The agreed questions researched and summarised with sources',
    },
    deliverables: ['A research plan: the decision, the questions and the sources to use', 'A brief with findings, sources and reliability ratings', 'A list of open questions and how to answer them'],
    inclusions: ['Desk research with AI-assisted summaries checked against the sources', 'Customer or expert interviews if agreed', 'A call to discuss the brief'],
    exclusions: ['Paid reports or databases unless the client provides access', 'The decision itself, which stays with the client', 'Ongoing monitoring'],
    acceptanceCriteria: [
      'Every finding cites a source the client can open',
      'Each source carries a reliability rating with its reason',
      'The brief is reviewed against the decision question in the plan and accepted by the client',
    ],
    headline: 'A decision backed by checked sources: a research brief that answers your question and names what is still open',
    repackage: 'Sell an answer to a decision question with rated sources, not hours of research.',
  },
];
