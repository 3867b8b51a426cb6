/**
 * Word lists for finding what is distinctive in a job post: English function words, the words every
 * job post uses ("looking", "need", "project"), role nouns, and the verbs a title starts with.
 */

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing done down during each either else etc few ' +
    'for from further get gets getting got had has have having he her here hers him his how however i ' +
    'if in into is it its itself just let like me more most much must my myself no nor not now of off ' +
    'on once one only or other our ours out over own per please same she should so some such than ' +
    'that the their theirs them then there these they this those through to too under until up upon ' +
    'us very via was we were what when where which while who whom whose why will with within without ' +
    'would yet you your yours yourself e.g i.e ie eg ok okay thanks thank hi hello dear regards ' +
    'also already really well able may might shall new use using used make makes making want wants ' +
    'many lot lots every everything something anything someone anyone thing things way ways'
  ).split(/\s+/),
);

// Words every post uses; a draft that echoes them names nothing specific.
export const GENERIC_JOB_WORDS: ReadonlySet<string> = new Set(
  (
    'looking look seeking seek need needs needed require requires required requirement requirements ' +
    'project projects job jobs task tasks work working works help helping experience experienced ' +
    'expert experts expertise skill skills skilled candidate candidates ideal freelancer freelancers ' +
    'professional professionals someone person team company business client clients hire hiring ' +
    'position role opportunity apply applying application applications proposal proposals urgent ' +
    'urgently asap immediately quick quickly fast good great best strong excellent high quality ' +
    'long short term ongoing future potential possible available availability budget price rate ' +
    'hourly fixed contract start started starting time times week weeks day days month months year ' +
    'years hour hours level entry intermediate senior junior details detail description following ' +
    'include including includes based know knowledge understanding familiar familiarity ability ' +
    'proven track record portfolio samples sample previous past similar related relevant various ' +
    'must-have nice have has get send share provide providing ensure ensuring responsible ' +
    'responsibilities duties deliver delivering support supporting assist assisting manage managing ' +
    'create creating build building develop developing set setup implement implementing communication ' +
    'english fluent native written verbal detail-oriented deadline deadlines remote part full-time ' +
    'part-time freelance contractor candidate love hear reach us our simple easy small large big ' +
    'right new current existing additional specific clear basic general overall main key important'
  ).split(/\s+/),
);

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
    'forecast forecasts advertising ads models'
  ).split(/\s+/),
);
