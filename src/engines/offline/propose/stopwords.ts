/**
 * The drafter's own word lists for finding a post's subject: role nouns, the verbs a title starts
 * with, and the nouns that can head a subject phrase. Stopwords and generic job words are the text
 * toolkit's (src/text/stopwords.ts).
 */

// Role nouns name the hire, not the client's problem; a title's subject is what is left without them.
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    'expert experts specialist specialists guru ninja rockstar pro pros professional freelancer ' +
    'freelancers needed wanted required urgent urgently hire hiring developer developers designer ' +
    'designers engineer engineers writer writers editor editors assistant consultant consultants ' +
    'analyst analysts manager managers marketer marketers copywriter coach tutor architect programmer ' +
    'programmers coder coders builder creator creators strategist specialist technician administrator ' +
    'admin va agency partner team member person help needed seeking looking senior junior lead ' +
    'head chief instructor teacher trainer associate integrator spokesperson closer hacker ' +
    'operator representative rep specialist executive officer director'
  ).split(/\s+/),
);

// Verbs that open titles ("Build a ...", "Fix my ..."): the object after them is the subject.
export const LEADING_VERBS: ReadonlySet<string> = new Set(
  (
    'fix build create design develop make set improve write rewrite rebuild redesign migrate optimize ' +
    'optimise implement integrate automate convert edit manage update add scrape clean setup install ' +
    'configure customize customise launch grow run audit review translate transcribe produce prepare ' +
    'research analyze analyse find help need hire' 
  ).split(/\s+/),
);

// Head nouns too broad to stand alone as a subject ("On your data, ..."): they get the domain's noun.
export const BROAD_NOUNS: ReadonlySet<string> = new Set(
  (
    'data content marketing software automation security research design analytics seo management ' +
    'support sourcing services service reporting writing editing accounting setup project'
  ).split(/\s+/),
);

// Words that can end a subject phrase as its head noun; otherwise the insight's noun is appended.
export const HEAD_NOUNS: ReadonlySet<string> = new Set(
  (
    'store shop site website page pages app apps application dashboard report reports data dataset ' +
    'pipeline workflow workflows integration integrations campaign campaigns account accounts system ' +
    'systems platform model models api database script scripts tool tools bot chatbot video videos ' +
    'logo brand branding content post posts article articles blog newsletter deck funnel process ' +
    'processes automation automations project book books course checkout cart strategy plan design ' +
    'copy ads listing listings catalog catalogue spreadsheet spreadsheets sheet sheets file files ' +
    'structure migration setup server infrastructure network audit analysis research list leads ' +
    'assistant documentation docs guide manual template templates graphics illustration illustrations ' +
    'presentation slides translation transcription podcast episode episodes channel flow flows form ' +
    'forms portal extension plugin theme feature features backend frontend interface prototype ' +
    'wireframes game map scraper crawler agent agents emails sequence sequences calendar inbox ' +
    'bookkeeping accounting reconciliation security tracking analytics seo marketing outreach ' +
    'management support service services editing writing copywriting storefront pipeline model ' +
    'visualization visualisation reporting dashboards workspace drive cleanup consultation ' +
    'software webinar webinars course courses mapping campaign sourcing assessment engine ' +
    'forecast forecasts advertising ads models feed feeds'
  ).split(/\s+/),
);

// What a role's holder does, for naming the work when only the role says what it is ("Marketing
// Account Manager" -> "marketing account management").
export const ROLE_ACTIVITY: ReadonlyMap<string, string> = new Map(
  (
    'manager:management developer:development designer:design writer:writing editor:editing ' +
    'analyst:analysis consultant:consulting programmer:programming marketer:marketing ' +
    'coordinator:coordination strategist:strategy translator:translation administrator:administration ' +
    'bookkeeper:bookkeeping researcher:research copywriter:copywriting'
  )
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);
