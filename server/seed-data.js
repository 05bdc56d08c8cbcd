// The reference server's sample data. The Vilnius activity 13965 and its badge, and the UNESCO
// webinar, are transcribed from the project's source documents; everything else is believable
// sample data across five cities and languages so that lists, filters and paging are real.
// This module has no Node imports: browser tests import it for the ids and claim codes.
import { offsetMinutes } from './time-zone.js';

/**
 * @typedef {object} SeedOrganisation
 * @property {string} id
 * @property {string} name
 * @property {string} url
 * @property {string} email
 * @property {string} color logo colour
 */

/**
 * @typedef {object} SeedTask
 * @property {'code' | 'file' | 'text' | 'questions'} kind
 * @property {'auto' | 'self' | 'organiser' | 'peer'} check
 * @property {string} description
 * @property {string[]} [questions] for `questions` tasks
 * @property {string[]} [accept] for `file` tasks: MIME types
 * @property {number} [maxBytes] for `file` tasks
 */

/**
 * @typedef {object} SeedBadge
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} criteria
 * @property {string} issuerId
 * @property {string} color
 * @property {string[]} skills skill ids
 * @property {SeedTask[]} tasks in order; task ids are `t1`, `t2`, …
 */

/**
 * @typedef {object} SeedActivity
 * @property {string} id
 * @property {string} title
 * @property {string} description
 * @property {string} startsAt ISO 8601 with offset
 * @property {string} [endsAt]
 * @property {string} timeZone
 * @property {{ name: string, address?: string, lat?: number, lng?: number }} [location]
 * @property {string} [onlineUrl]
 * @property {string} [cover] a key of `covers`, or none for an activity without image
 * @property {string} organiserId
 * @property {string} categoryId
 * @property {string[]} skills skill ids
 * @property {string} duration ISO 8601 duration
 * @property {string} badgeId
 * @property {string} language BCP 47
 * @property {string} [url]
 */

/**
 * @typedef {object} SeedClaimCode
 * @property {string} code
 * @property {string} badgeId
 * @property {boolean} singleUse
 * @property {string} [validFrom] ISO 8601
 * @property {string} [validUntil] ISO 8601
 */

/**
 * Lower-case ASCII id from a name: `Critical thinking` → `critical-thinking`.
 * @param {string} name
 */
function slugify(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A wall-clock time in a time zone as ISO 8601 with that zone's offset on that day, so summer
 * and winter time come out right: `at('2022-05-17T13:00', 'Europe/Vilnius')` →
 * `2022-05-17T13:00:00+03:00`.
 * @param {string} local `YYYY-MM-DDTHH:mm`
 * @param {string} timeZone IANA
 */
function at(local, timeZone) {
  const wallAsUtc = Date.parse(`${local}:00Z`);
  const guess = offsetMinutes(wallAsUtc, timeZone);
  const offset = offsetMinutes(wallAsUtc - guess * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const VILNIUS = 'Europe/Vilnius';
const ROME = 'Europe/Rome';
const BUCHAREST = 'Europe/Bucharest';
const LONDON = 'Europe/London';
const AMSTERDAM = 'Europe/Amsterdam';
const BERLIN = 'Europe/Berlin';

const IMAGES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const DOCUMENTS = ['application/pdf', 'text/plain'];
const MiB = 1024 * 1024;

/** Ids of the activities, badges and codes that tests and the demo rely on. */
export const SEED = {
  activityId: '13965',
  badgeId: 'strategist-2022',
  webinarActivityId: 'gnlc-future-skills',
  /** Issued at once with a valid code (code: auto, questions: self). */
  webinarBadgeId: 'gnlc-future-skills',
  /** Issued at once without any code (a single self-checked text task). */
  instantBadgeId: 'digital-step',
  organiserId: 'vilnius-col',
  categoryId: 'career',
  skillId: 'think-strategically',
  /** The learning path that holds activity 13965. */
  playlistId: 'city-strategist',
};

/**
 * Each organiser's bearer token for reviewing its claims, issuing and revoking its badges and
 * showing its kiosk codes. Demo values, printed in the README: never valid in production.
 */
export const ORGANISER_TOKENS = {
  'vilnius-col': 'demo-organiser-vilnius',
  'unesco-uil': 'demo-organiser-unesco',
  'turin-metro': 'demo-organiser-turin',
  'cluj-col': 'demo-organiser-cluj',
  'blackpool-col': 'demo-organiser-blackpool',
  'col-nl': 'demo-organiser-nl',
};

/** Claim codes by what they exercise. Codes are compared case-insensitively. */
export const CODES = {
  /** Multi-use, for strategist-2022 (which then waits for the organiser: it has a file task). */
  multiUse: 'VILNIUS-2022',
  /** Single-use, for strategist-2022. */
  singleUse: 'STRATEGIST-ONCE',
  /** For strategist-2022, valid only during the 2022 study visit. */
  expired: 'EXPIRED-CODE',
  /** For strategist-2022, valid from 2099. */
  notYetValid: 'FUTURE-CODE',
  /** Multi-use, for the UNESCO webinar badge, which it issues at once. */
  webinarMultiUse: 'GNLC-FUTURE',
  /** Single-use, for the UNESCO webinar badge. */
  webinarSingleUse: 'GNLC-ONCE',
};

/** @type {SeedOrganisation[]} */
export const organisations = [
  { id: 'vilnius-col', name: 'Vilnius City of Learning', url: 'https://vilnius.citiesoflearning.eu', email: 'vilnius@example.org', color: '#0b6e4f' },
  { id: 'unesco-uil', name: 'UNESCO Institute for Lifelong Learning', url: 'https://www.uil.unesco.org', email: 'learning-cities@example.org', color: '#0072bc' },
  { id: 'turin-metro', name: 'Città metropolitana di Torino', url: 'https://www.cittametropolitana.torino.it', email: 'torino@example.org', color: '#8a1538' },
  { id: 'cluj-col', name: 'Cluj-Napoca City of Learning', url: 'https://cluj.citiesoflearning.eu', email: 'cluj@example.org', color: '#6a3d9a' },
  { id: 'blackpool-col', name: 'Blackpool City of Learning', url: 'https://blackpool.citiesoflearning.eu', email: 'blackpool@example.org', color: '#c2410c' },
  { id: 'col-nl', name: 'Cities of Learning Nederland', url: 'https://citiesoflearning.nl', email: 'nederland@example.org', color: '#e35205' },
];

export const categories = [
  { id: 'career', name: 'Career and readiness for work' },
  { id: 'digital', name: 'Digital skills' },
  { id: 'green', name: 'Green skills and sustainability' },
  { id: 'culture', name: 'Culture and creativity' },
  { id: 'citizenship', name: 'Active citizenship and volunteering' },
  { id: 'languages', name: 'Languages and intercultural learning' },
];

const ESCO = 'http://data.europa.eu/esco/skill/';

/** Skills by name, with the ESCO concept where one matches; ids are the slugified names. */
export const skills = /** @type {[string, string?][]} */ ([
  ['Think strategically'],
  ['strategic plan'],
  ['apply strategic thinking', '6c870993-9341-438b-91c0-c7fe4f96d8f5'],
  ['implement strategic planning', 'f7b5d916-52f0-4865-b6a6-e1a3b711cb5e'],
  ['carry out strategic research', '0aa02c52-077d-45f8-8c2d-7132c11ac16e'],
  ['Critical thinking', '7dd94ad3-13d6-43fe-8b94-51fcbf67ced9'],
  ['think analytically', '4707da90-9cfc-46ca-8de0-38a0b7bfb137'],
  ['Digital literacy'],
  ['Emotional intelligence'],
  ['think creatively', 'c624c6a3-b0ba-4a31-a296-0d433fe47e41'],
  ['adapt to change', '49de9958-2aa4-4eef-a89d-fe5d5bcd28c4'],
  ['work in teams', '60c78287-22eb-4103-9c8c-28deaa460da0'],
  ['manage time', 'd9013e0e-e937-43d5-ab71-0e917ee882b8'],
  ['show entrepreneurial spirit', 'bdcf429c-5ccf-4c3d-bb61-4c987573a35e'],
  ['develop digital content', '5fd5c985-eaaa-47aa-8314-62359c54505a'],
  ['computer programming', '21d2f96d-35f7-4e3f-9745-c533d2dd6e97'],
  ['lead others', '75d8e5d9-bef3-418b-9011-01bff9f27207'],
  ['solve problems', 'adc6dc11-3376-467b-96c5-9b0a21edc869'],
  ['demonstrate intercultural competence', 'c10d5d87-36cf-42f5-8a12-e560fb5f4af8'],
  ['speak different languages', '2de4572a-4724-4f76-afc2-72a568a264ac'],
  ['promote environmental awareness', '8abdc43c-2bfd-417c-97c2-27fcdaf53171'],
  ['promote sustainability', '469e19ed-a0bd-445a-ae2d-4ba9430e296b'],
  ['give live presentation', 'c55caed2-de9e-4a25-819e-a0b0e83fba1b'],
  ['show empathy', '77b636e8-fab3-41a8-8022-1e0a354059dc'],
  ['develop creative ideas', '8c4c49d4-9708-433f-8ca7-bf2c5211ee49'],
  ['manage personal professional development', 'a8d24a95-47b3-4f88-92e7-06600bcd3612'],
  ['build networks', 'bf983f2a-e941-4646-811d-cc81060cb53f'],
]).map(([name, esco]) => ({ id: slugify(name), name, ...(esco ? { escoUri: ESCO + esco } : {}) }));

/**
 * Cover images: one per city or theme, drawn by the server as SVG.
 * @type {Record<string, { label: string, colors: [string, string] }>}
 */
export const covers = {
  vilnius: { label: 'Vilnius', colors: ['#0b6e4f', '#f2c14e'] },
  turin: { label: 'Torino', colors: ['#8a1538', '#f4a259'] },
  cluj: { label: 'Cluj-Napoca', colors: ['#6a3d9a', '#4cc9f0'] },
  blackpool: { label: 'Blackpool', colors: ['#c2410c', '#fde68a'] },
  rotterdam: { label: 'Rotterdam', colors: ['#1d4e89', '#e35205'] },
  online: { label: 'Online', colors: ['#1f2937', '#38bdf8'] },
  unesco: { label: 'Learning cities', colors: ['#0072bc', '#a7f3d0'] },
  green: { label: 'Green skills', colors: ['#166534', '#bef264'] },
  digital: { label: 'Digital skills', colors: ['#312e81', '#a5b4fc'] },
};

const STRATEGIST_SKILLS = [
  'think-strategically',
  'strategic-plan',
  'apply-strategic-thinking',
  'implement-strategic-planning',
  'carry-out-strategic-research',
  'critical-thinking',
  'think-analytically',
];

const STUDY_VISIT =
  'This activity is a part of a Cities of Learning study visit organised from 16 to 21 May 2022 in Vilnius, Lithuania. ' +
  'The study visit is realised within the Erasmus+ co-funded strategic partnership "Online 21st century skills education".';

const STRATEGY_BULLETS = [
  '• to present their City of Learning strategies;',
  '• to analyse and give feedback on strategies presented by others;',
  '• to get inspired and motivated to realise our 21st-century skills strategies.',
].join('\n');

/** @typedef {SeedTask['check']} Check */

/**
 * A code task: a valid code satisfies it at once; without a code it falls to the check.
 * @param {string} description
 * @param {Check} [check]
 * @returns {SeedTask}
 */
const code = (description, check = 'organiser') => ({ kind: 'code', check, description });

/**
 * A file task; `accept` defaults to images, PDF and plain text.
 * @param {string} description
 * @param {Check} [check]
 * @returns {SeedTask}
 */
const file = (description, check = 'organiser', accept = [...IMAGES, ...DOCUMENTS], maxBytes = 5 * MiB) => ({
  kind: 'file',
  check,
  description,
  accept,
  maxBytes,
});

/**
 * @param {string} description
 * @param {Check} [check]
 * @returns {SeedTask}
 */
const text = (description, check = 'self') => ({ kind: 'text', check, description });

/**
 * @param {string} description
 * @param {string[]} list the questions
 * @param {Check} [check]
 * @returns {SeedTask}
 */
const questions = (description, list, check = 'self') => ({ kind: 'questions', check, description, questions: list });

/** @type {SeedBadge[]} */
export const badges = [
  {
    id: 'strategist-2022',
    name: '21st-century skills strategist',
    description:
      'Badge earners exchanged strategies to develop 21st-century skills in participating cities: Turin Metropolitan City (Italy), ' +
      'Cities of Learning in the Netherlands, Vilnius (Lithuania), Cluj-Napoca (Romania) and Blackpool City (United Kingdom).',
    criteria: `This activity created opportunities for partners and participants:\n${STRATEGY_BULLETS}\n\n${STUDY_VISIT}`,
    issuerId: 'vilnius-col',
    color: '#0b6e4f',
    skills: STRATEGIST_SKILLS,
    tasks: [
      code('Participate in an activity. Issued by the organiser or by scanning the QR code shown at the activity.'),
      file("Upload your city's strategy for 21st-century skills."),
      questions('Share your reflections on the following questions.', [
        'What did you learn from exchanging Cities of Learning strategies?',
        'What next steps do you want to take to realise your strategy?',
      ]),
    ],
  },
  {
    id: 'gnlc-future-skills',
    name: 'Future skills in learning cities',
    description:
      'Earners took part in the UNESCO Global Network of Learning Cities webinar on how cities can cultivate future skills: ' +
      'critical thinking, digital literacy, emotional intelligence, creativity and adaptability.',
    criteria: 'Attend the webinar and enter the code shown at its end, then reflect on how your city could foster future skills.',
    issuerId: 'unesco-uil',
    color: '#0072bc',
    skills: ['critical-thinking', 'digital-literacy', 'emotional-intelligence', 'think-creatively', 'adapt-to-change'],
    tasks: [
      code('Attend the webinar and enter the code shown at its end.', 'auto'),
      questions('Reflect on the webinar.', ['Which future skill matters most for your city, and why?']),
    ],
  },
  {
    id: 'vilnius-study-visit-2022',
    name: 'Study visit explorer',
    description: 'Earners joined the opening of the Cities of Learning study visit in Vilnius and explored the city as a place of learning.',
    criteria: `Take part in the opening session and city walk, and write a short note about a learning place you discovered.\n\n${STUDY_VISIT}`,
    issuerId: 'vilnius-col',
    color: '#127475',
    skills: ['demonstrate-intercultural-competence', 'build-networks'],
    tasks: [
      code('Take part in the opening session and city walk.'),
      text('Describe one learning place you discovered during the walk. Another participant confirms your note.', 'peer'),
    ],
  },
  {
    id: 'digital-step',
    name: 'Skaitmeninis žingsnis',
    description: 'Ženklelio turėtojai išmoko saugiai naudotis el. paštu, vaizdo skambučiais ir e. valdžios paslaugomis.',
    criteria: 'Dalyvaukite dirbtuvėse ir aprašykite, ką išmokote.',
    issuerId: 'vilnius-col',
    color: '#2a9d8f',
    skills: ['digital-literacy'],
    tasks: [text('Aprašykite vieną dalyką, kurį išmokote dirbtuvėse.')],
  },
  {
    id: 'young-volunteer-vilnius',
    name: 'Jaunasis savanoris',
    description: 'Ženklelio turėtojai susipažino su savanorystės organizacijomis ir išbandė savanorišką veiklą.',
    criteria: 'Apsilankykite mugėje, užsiregistruokite bent vienai savanoriškai veiklai ir įkelkite jos nuotrauką.',
    issuerId: 'vilnius-col',
    color: '#e76f51',
    skills: ['show-empathy', 'work-in-teams'],
    tasks: [code('Apsilankykite savanorystės mugėje.'), file('Įkelkite nuotrauką iš savanoriškos veiklos.', 'organiser', IMAGES)],
  },
  {
    id: 'coding-basics-lt',
    name: 'Programavimo pradmenys',
    description: 'Ženklelio turėtojai per penkias dienas sukūrė savo pirmąjį žaidimą.',
    criteria: 'Dalyvaukite visose stovyklos dienose ir įkelkite savo žaidimo ekrano nuotrauką.',
    issuerId: 'vilnius-col',
    color: '#264653',
    skills: ['computer-programming', 'solve-problems', 'think-creatively'],
    tasks: [
      file('Įkelkite savo žaidimo ekrano nuotrauką.', 'organiser', IMAGES, 2 * MiB),
      questions('Atsakykite į klausimus.', ['Kas buvo sunkiausia?', 'Ką norėtumėte sukurti toliau?']),
    ],
  },
  {
    id: 'urban-gardener',
    name: 'Urban gardener',
    description: 'Earners planted and cared for a community garden bed during Vilnius Green Week.',
    criteria: 'Help plant a community garden bed, tell us what you planted and share a photo that another gardener confirms.',
    issuerId: 'vilnius-col',
    color: '#2d6a4f',
    skills: ['promote-sustainability', 'work-in-teams'],
    tasks: [text('What did you plant, and who will look after it?'), file('Share a photo of your garden bed.', 'peer', IMAGES)],
  },
  {
    id: 'career-planner-lt',
    name: 'Karjeros planuotojas',
    description: 'Ženklelio turėtojai susidarė savo karjeros planą kitiems metams.',
    criteria: 'Dalyvaukite vebinare, įveskite jo pabaigoje parodytą kodą ir užrašykite pirmą savo plano žingsnį.',
    issuerId: 'vilnius-col',
    color: '#3a86ff',
    skills: ['manage-personal-professional-development', 'think-strategically'],
    tasks: [code('Įveskite vebinaro pabaigoje parodytą kodą.', 'auto'), text('Koks pirmas jūsų karjeros plano žingsnis?')],
  },
  {
    id: 'young-reader',
    name: 'Jaunasis skaitytojas',
    description: 'Ženklelio turėtojai knygų mugėje perskaitė ir aptarė tris knygas.',
    criteria: 'Perskaitykite tris knygas ir atsakykite į klausimus.',
    issuerId: 'vilnius-col',
    color: '#8338ec',
    skills: ['critical-thinking'],
    tasks: [questions('Atsakykite į klausimus.', ['Kurios knygos jūs perskaitėte?', 'Kuri patiko labiausiai ir kodėl?'])],
  },
  {
    id: 'robotica-creativa',
    name: 'Robotica creativa',
    description: 'Chi ottiene questo badge ha costruito e programmato un piccolo robot.',
    criteria: 'Partecipa al laboratorio e carica una foto o un video del tuo robot.',
    issuerId: 'turin-metro',
    color: '#8a1538',
    skills: ['computer-programming', 'solve-problems'],
    tasks: [file('Carica una foto del tuo robot.', 'organiser', IMAGES)],
  },
  {
    id: 'competenze-digitali',
    name: 'Competenze digitali di base',
    description: 'Chi ottiene questo badge sa usare posta elettronica, documenti condivisi e servizi pubblici online per cercare lavoro.',
    criteria: 'Frequenta tutte le giornate del corso e rispondi alle domande finali.',
    issuerId: 'turin-metro',
    color: '#9d0208',
    skills: ['digital-literacy', 'manage-personal-professional-development'],
    tasks: [
      code('Frequenta il corso: il codice viene dato l’ultimo giorno.'),
      questions('Rispondi alle domande.', ['Quale strumento userai di più?', 'Come cambierà la tua ricerca di lavoro?']),
    ],
  },
  {
    id: 'voce-dei-giovani',
    name: 'Voce dei giovani',
    description: 'Chi ottiene questo badge ha portato le proprie idee al forum dei giovani della Città che apprende.',
    criteria: 'Partecipa al forum e inserisci il codice mostrato in sala.',
    issuerId: 'turin-metro',
    color: '#f48c06',
    skills: ['give-live-presentation', 'build-networks'],
    tasks: [code('Inserisci il codice mostrato in sala.', 'auto')],
  },
  {
    id: 'custode-patrimonio',
    name: 'Custode del patrimonio',
    description: 'Chi ottiene questo badge ha scoperto come il patrimonio culturale della città ispira nuove idee.',
    criteria: 'Partecipa alla visita, rispondi alle domande e racconta la tua idea: un altro partecipante la conferma.',
    issuerId: 'turin-metro',
    color: '#6d597a',
    skills: ['develop-creative-ideas', 'demonstrate-intercultural-competence'],
    tasks: [
      questions('Rispondi alle domande.', ['Quale oggetto ti ha colpito di più?']),
      text('Racconta un’idea creativa nata dalla visita.', 'peer'),
    ],
  },
  {
    id: 'riciclo-creativo',
    name: 'Riciclo creativo',
    description: 'Chi ottiene questo badge ha trasformato materiali di scarto in un oggetto utile.',
    criteria: 'Carica una foto del tuo oggetto: gli altri partecipanti la valutano.',
    issuerId: 'turin-metro',
    color: '#52b788',
    skills: ['promote-environmental-awareness', 'think-creatively'],
    tasks: [file('Carica una foto del tuo oggetto riciclato.', 'peer', IMAGES)],
  },
  {
    id: 'orientamento-lavoro',
    name: 'Orientamento al lavoro',
    description: 'Chi ottiene questo badge ha esplorato i percorsi di lavoro e formazione dopo il diploma.',
    criteria: 'Partecipa al webinar, inserisci il codice finale e scrivi il tuo prossimo passo.',
    issuerId: 'turin-metro',
    color: '#457b9d',
    skills: ['manage-personal-professional-development'],
    tasks: [code('Inserisci il codice mostrato alla fine del webinar.', 'auto'), text('Qual è il tuo prossimo passo?')],
  },
  {
    id: 'green-skills-exchange',
    name: 'Green skills exchange',
    description: 'Earners took part in an international youth exchange on green skills hosted by Turin Metropolitan City.',
    criteria: 'Take part in the exchange, share your group’s project and reflect on what you will take home.',
    issuerId: 'turin-metro',
    color: '#40916c',
    skills: ['promote-sustainability', 'demonstrate-intercultural-competence', 'work-in-teams'],
    tasks: [
      code('Take part in the youth exchange.'),
      file('Upload your group’s project (PDF or images).'),
      questions('Reflect on the exchange.', ['What will you take home?', 'Which green skill do you want to develop next?']),
    ],
  },
  {
    id: 'gandire-critica',
    name: 'Gândire critică',
    description: 'Deținătorii acestei insigne au exersat analiza surselor de informare și argumentarea.',
    criteria: 'Participă la atelier și răspunde la întrebări.',
    issuerId: 'cluj-col',
    color: '#6a3d9a',
    skills: ['critical-thinking', 'think-analytically'],
    tasks: [questions('Răspunde la întrebări.', ['Cum verifici o știre?', 'Ce argument te-a convins azi și de ce?'])],
  },
  {
    id: 'hackathon-civic',
    name: 'Hackathon civic',
    description: 'Deținătorii acestei insigne au construit în echipă o soluție digitală pentru o problemă a orașului.',
    criteria: 'Încarcă prezentarea proiectului și descrie rolul tău; un coechipier confirmă.',
    issuerId: 'cluj-col',
    color: '#3c096c',
    skills: ['work-in-teams', 'solve-problems', 'computer-programming'],
    tasks: [file('Încarcă prezentarea proiectului (PDF).', 'organiser', ['application/pdf'], 4 * MiB), text('Descrie rolul tău în echipă.', 'peer')],
  },
  {
    id: 'voluntar-comunitate',
    name: 'Voluntar în comunitate',
    description: 'Deținătorii acestei insigne au participat la acțiunea de curățenie din Parcul Central.',
    criteria: 'Participă la acțiune și introdu codul primit de la coordonator.',
    issuerId: 'cluj-col',
    color: '#2b9348',
    skills: ['promote-environmental-awareness', 'work-in-teams'],
    tasks: [code('Introdu codul primit de la coordonator.', 'auto')],
  },
  {
    id: 'explorator-oportunitati',
    name: 'Explorator de oportunități',
    description: 'Deținătorii acestei insigne au descoperit oportunități de învățare și voluntariat în Cluj-Napoca.',
    criteria: 'Vizitează cel puțin cinci standuri și introdu codul de la standul orașului.',
    issuerId: 'cluj-col',
    color: '#7209b7',
    skills: ['build-networks', 'manage-personal-professional-development'],
    tasks: [code('Introdu codul de la standul orașului.', 'auto')],
  },
  {
    id: 'alfabetizare-digitala',
    name: 'Alfabetizare digitală',
    description: 'Deținătorii acestei insigne au parcurs cursul online de alfabetizare digitală.',
    criteria: 'Încarcă certificatul de final al cursului.',
    issuerId: 'cluj-col',
    color: '#4361ee',
    skills: ['digital-literacy'],
    tasks: [file('Încarcă certificatul de final al cursului.', 'organiser', ['application/pdf', ...IMAGES])],
  },
  {
    id: 'young-entrepreneur',
    name: 'Young entrepreneur',
    description: 'Earners developed and pitched a business idea during the Cluj-Napoca youth entrepreneurship bootcamp.',
    criteria: 'Upload your pitch deck and answer the reflection questions.',
    issuerId: 'cluj-col',
    color: '#f77f00',
    skills: ['show-entrepreneurial-spirit', 'give-live-presentation', 'develop-creative-ideas'],
    tasks: [
      file('Upload your pitch deck (PDF).', 'organiser', ['application/pdf']),
      questions('Reflect on the bootcamp.', ['What problem does your idea solve?', 'What feedback changed your idea?']),
    ],
  },
  {
    id: 'light-coder',
    name: 'Light coder',
    description: 'Earners programmed their own light sequence inspired by the Blackpool Illuminations.',
    criteria: 'Upload a photo or screenshot of your light sequence.',
    issuerId: 'blackpool-col',
    color: '#c2410c',
    skills: ['computer-programming', 'think-creatively'],
    tasks: [file('Upload a photo or screenshot of your light sequence.', 'organiser', IMAGES)],
  },
  {
    id: 'job-ready',
    name: 'Job-ready',
    description: 'Earners reviewed their CV with a careers adviser and prepared for interviews.',
    criteria: 'Upload your updated CV and write down the job you are aiming for.',
    issuerId: 'blackpool-col',
    color: '#b45309',
    skills: ['manage-personal-professional-development'],
    tasks: [text('Which job are you aiming for?'), file('Upload your updated CV.', 'organiser', DOCUMENTS, MiB)],
  },
  {
    id: 'seaside-scientist',
    name: 'Seaside scientist',
    description: 'Earners surveyed life on Blackpool beach and learnt how the tides shape it.',
    criteria: 'Enter the code from the walk leader and answer the questions.',
    issuerId: 'blackpool-col',
    color: '#0891b2',
    skills: ['think-analytically', 'promote-environmental-awareness'],
    tasks: [code('Enter the code from the walk leader.', 'auto'), questions('Answer the questions.', ['Which creature did you find?'])],
  },
  {
    id: 'web-builder',
    name: 'Web builder',
    description: 'Earners built and published their first web page during Digital Skills Week.',
    criteria: 'Upload a screenshot of your published page.',
    issuerId: 'blackpool-col',
    color: '#4338ca',
    skills: ['develop-digital-content', 'computer-programming'],
    tasks: [file('Upload a screenshot of your published page.', 'organiser', IMAGES)],
  },
  {
    id: 'confident-speaker',
    name: 'Confident speaker',
    description: 'Earners practised speaking in front of a group online and received feedback.',
    criteria: 'Describe the talk you gave and what you will do differently next time.',
    issuerId: 'blackpool-col',
    color: '#db2777',
    skills: ['give-live-presentation', 'emotional-intelligence'],
    tasks: [text('Describe the talk you gave and what you will do differently next time.')],
  },
  {
    id: 'community-champion',
    name: 'Community champion',
    description: 'Earners shared the story of their learning year with Blackpool’s City of Learning community.',
    criteria: 'Tell your learning story; another member of the community confirms it.',
    issuerId: 'blackpool-col',
    color: '#ea580c',
    skills: ['lead-others', 'build-networks'],
    tasks: [text('Tell the story of your learning year.', 'peer')],
  },
  {
    id: 'groene-straat',
    name: 'Groene straatontwerper',
    description: 'Houders van deze badge ontwierpen samen een groenere straat voor hun wijk.',
    criteria: 'Upload je ontwerp; de andere deelnemers geven feedback en bevestigen het.',
    issuerId: 'col-nl',
    color: '#15803d',
    skills: ['promote-sustainability', 'develop-creative-ideas'],
    tasks: [file('Upload je ontwerp.', 'peer')],
  },
  {
    id: 'taalmaatje',
    name: 'Taalmaatje',
    description: 'Houders van deze badge oefenden Nederlands in het taalcafé van de bibliotheek.',
    criteria: 'Kom naar het taalcafé en vul de code van de gastvrouw in.',
    issuerId: 'col-nl',
    color: '#0e7490',
    skills: ['speak-different-languages', 'demonstrate-intercultural-competence'],
    tasks: [code('Vul de code van de gastvrouw in.', 'auto')],
  },
  {
    id: 'digitale-ouder',
    name: 'Digitale ouder',
    description: 'Houders van deze badge weten hoe ze hun kinderen online veilig kunnen begeleiden.',
    criteria: 'Volg de online sessie en beantwoord de vragen.',
    issuerId: 'col-nl',
    color: '#7c3aed',
    skills: ['digital-literacy', 'show-empathy'],
    tasks: [questions('Beantwoord de vragen.', ['Welke afspraak maak je thuis over schermtijd?', 'Wat heb je vandaag geleerd?'])],
  },
  {
    id: 'havenverkenner',
    name: 'Havenverkenner',
    description: 'Houders van deze badge ontdekten beroepen in de haven van Rotterdam.',
    criteria: 'Bezoek de havendag; de organisator bevestigt je deelname.',
    issuerId: 'col-nl',
    color: '#1d4e89',
    skills: ['manage-personal-professional-development', 'adapt-to-change'],
    tasks: [code('Bezoek de havendag en laat je deelname bevestigen.')],
  },
  {
    id: 'badge-designer',
    name: 'Badge designer',
    description: 'Earners designed an open badge that recognises learning in their own organisation.',
    criteria: 'Upload your badge design and explain it; another participant reviews it.',
    issuerId: 'col-nl',
    color: '#be185d',
    skills: ['develop-digital-content', 'develop-creative-ideas'],
    tasks: [file('Upload your badge design.', 'organiser', IMAGES), text('Explain what your badge recognises.', 'peer')],
  },
  {
    id: 'zomerschool-programmeur',
    name: 'Zomerschool programmeur',
    description: 'Houders van deze badge bouwden in een week hun eigen app.',
    criteria: 'Upload een schermafbeelding van je app.',
    issuerId: 'col-nl',
    color: '#0f766e',
    skills: ['computer-programming', 'solve-problems'],
    tasks: [file('Upload een schermafbeelding van je app.', 'organiser', IMAGES)],
  },
  // The learning paths' own badges (see `playlists`): no tasks, since the path's steps are the
  // proof. A claim for one carries the claims of its steps.
  {
    id: 'path-city-strategist',
    name: 'Learning city strategist',
    description: 'Earners explored Vilnius as a city of learning and worked on strategies for 21st-century skills.',
    criteria: 'Complete the learning path: the strategy workshop and the future skills webinar, and one more of its activities.',
    issuerId: 'vilnius-col',
    color: '#0b6e4f',
    skills: ['think-strategically', 'critical-thinking', 'build-networks'],
    tasks: [],
  },
  {
    id: 'path-jaunimo-vasara',
    name: 'Jaunimo vasaros kelias',
    description: 'Ženklelio turėtojai skaitė, mokėsi ir išbandė bent dvi naujas veiklas Vilniuje.',
    criteria: 'Užbaikite mokymosi kelią: jaunųjų skaitytojų iššūkį ir bet kurias dvi kitas jo veiklas.',
    issuerId: 'vilnius-col',
    color: '#e76f51',
    skills: ['adapt-to-change', 'manage-personal-professional-development'],
    tasks: [],
  },
  {
    id: 'path-torino-digitale',
    name: 'Percorso competenze digitali',
    description: 'Chi ha questo badge ha costruito competenze digitali utili per il lavoro, dalla robotica al riciclo creativo.',
    criteria: 'Completa il percorso: il corso base di competenze digitali e due delle altre attività.',
    issuerId: 'turin-metro',
    color: '#8a1538',
    skills: ['digital-literacy', 'solve-problems'],
    tasks: [],
  },
  {
    id: 'path-cluj-civic',
    name: 'Traseu de cetățenie activă',
    description: 'Deținătorii acestei insigne au gândit critic, au construit soluții civice și s-au implicat în comunitate.',
    criteria: 'Parcurgeți traseul: atelierul de gândire critică, hackathonul civic și încă o activitate.',
    issuerId: 'cluj-col',
    color: '#6a3d9a',
    skills: ['critical-thinking', 'work-in-teams'],
    tasks: [],
  },
  {
    id: 'path-blackpool-work',
    name: 'Ready for work in Blackpool',
    description: 'Earners prepared for work: a CV ready to send and two more skills employers ask for.',
    criteria: 'Complete the learning path: the CV clinic and any two of its other four activities.',
    issuerId: 'blackpool-col',
    color: '#c2410c',
    skills: ['manage-personal-professional-development', 'give-live-presentation'],
    tasks: [],
  },
  {
    id: 'path-digitaal-sterk',
    name: 'Digitaal sterk in de stad',
    description: 'Houders van deze badge helpen hun gezin digitaal vooruit en maken zelf iets digitaals.',
    criteria: 'Rond de leerroute af: digitale vaardigheden voor ouders en nog één activiteit.',
    issuerId: 'col-nl',
    color: '#1d4e89',
    skills: ['digital-literacy', 'develop-digital-content'],
    tasks: [],
  },
];

const colUrl = (city, id) => `https://${city}.citiesoflearning.eu/activity/${id}`;

/** @type {SeedActivity[]} */
export const activities = [
  {
    id: '13965',
    title: '21st-century skills strategies for Cities of Learning',
    description: [
      'In Cities of Learning, we believe that everyone deserves a good quality learning, education and training focused on 21st-century skills. ' +
        'Yet, most cities lack a strategic oversight on which skills are needed and where and how young people can develop them in our cities.',
      'During this activity, you will be able to exchange city strategies to develop 21st-century skills. Specifically, you will have opportunities:\n' +
        STRATEGY_BULLETS,
      STUDY_VISIT,
    ].join('\n\n'),
    startsAt: at('2022-05-17T13:00', VILNIUS),
    endsAt: at('2022-05-17T14:30', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Rinktinės g. 18, Vilnius 09322, Lithuania', lat: 54.699, lng: 25.283 },
    cover: 'vilnius',
    organiserId: 'vilnius-col',
    categoryId: 'career',
    skills: STRATEGIST_SKILLS,
    duration: 'PT1H30M',
    badgeId: 'strategist-2022',
    language: 'en',
    url: colUrl('vilnius', '13965'),
  },
  {
    id: 'gnlc-future-skills',
    title: 'Urban upskilling: cultivating future skills in learning cities',
    description: [
      'As cities rapidly evolve in the face of technological, economic and social change, there is a growing need to equip citizens with skills that will ensure that they thrive in the future. ' +
        'These wide-ranging ‘future skills’ include critical thinking, digital literacy, emotional intelligence, creativity and adaptability, all of which are essential for success in a constantly changing world. ' +
        "In the context of urban development and the twin (i.e. digital and green) transition, it is imperative that these skills be fostered within a city's infrastructure and educational systems " +
        'to ensure that all residents are prepared for the challenges and opportunities ahead.',
      'This webinar will explore how cities can cultivate future skills within their communities, examining how urban environments can become hubs of innovation, collaboration and lifelong learning. ' +
        'It will delve into the role that technology, community spaces and urban planning play in facilitating skills development for all. ' +
        'Speakers will offer insights into the ways in which future skills can be integrated into city life. ' +
        'They will consider multiple approaches, from the grassroots to the policy level, to explore how they can empower citizens to navigate the complexities of tomorrow’s world.',
      'About the UNESCO Global Network of Learning Cities\n' +
        'The UNESCO Global Network of Learning Cities comprises 356 cities from 79 countries which are home to 390 million people. ' +
        'A defining feature of UNESCO learning cities is their ability to connect education, training and cultural institutions while engaging diverse partners, ' +
        'including public-sector representatives, civil society organizations and employers. ' +
        'These cities effectively mobilize resources across sectors to promote inclusive, quality learning at all levels, from basic to higher education. ' +
        'They enhance learning within families and communities, support workplace education, and expand the use of modern learning technologies.',
      'The Global Network of Learning Cities’ activities are an instrument for the implementation of the Marrakech Framework for Action, describing cities as an essential component of learning societies.',
    ].join('\n\n'),
    startsAt: at('2025-03-19T13:00', BERLIN),
    endsAt: at('2025-03-19T14:00', BERLIN),
    timeZone: BERLIN,
    onlineUrl: 'https://www.uil.unesco.org/en/learning-cities',
    cover: 'unesco',
    organiserId: 'unesco-uil',
    categoryId: 'career',
    skills: ['critical-thinking', 'digital-literacy', 'emotional-intelligence', 'think-creatively', 'adapt-to-change'],
    duration: 'PT1H',
    badgeId: 'gnlc-future-skills',
    language: 'en',
    url: 'https://www.uil.unesco.org/en/learning-cities',
  },
  {
    id: '13958',
    title: 'Cities of Learning study visit: opening and city walk',
    description:
      'The first day of the Cities of Learning study visit (16 to 21 May 2022). Partners from Turin, the Netherlands, Cluj-Napoca and Blackpool meet the Vilnius team ' +
      'and walk through the Old Town to libraries, youth centres and makerspaces where young people learn outside school.',
    startsAt: at('2022-05-16T10:00', VILNIUS),
    endsAt: at('2022-05-16T12:30', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Vilnius Town Hall', address: 'Didžioji g. 31, Vilnius 01128, Lithuania', lat: 54.6777, lng: 25.2873 },
    cover: 'vilnius',
    organiserId: 'vilnius-col',
    categoryId: 'languages',
    skills: ['demonstrate-intercultural-competence', 'build-networks'],
    duration: 'PT2H30M',
    badgeId: 'vilnius-study-visit-2022',
    language: 'en',
    url: colUrl('vilnius', '13958'),
  },
  {
    id: '14210',
    title: 'Skaitmeninio raštingumo dirbtuvės senjorams',
    description:
      'Praktinės dirbtuvės vyresnio amžiaus žmonėms: kaip saugiai naudotis el. paštu, vaizdo skambučiais ir e. valdžios paslaugomis. ' +
      'Atsineškite savo telefoną ar planšetę.',
    startsAt: at('2024-10-08T10:00', VILNIUS),
    endsAt: at('2024-10-08T12:00', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Vilniaus apskrities Adomo Mickevičiaus viešoji biblioteka', address: 'Trakų g. 10, Vilnius, Lithuania', lat: 54.6795, lng: 25.2806 },
    cover: 'digital',
    organiserId: 'vilnius-col',
    categoryId: 'digital',
    skills: ['digital-literacy'],
    duration: 'PT2H',
    badgeId: 'digital-step',
    language: 'lt',
    url: colUrl('vilnius', '14210'),
  },
  {
    id: '14388',
    title: 'Jaunimo savanorystės mugė',
    description: 'Susipažinkite su organizacijomis, kurios laukia jaunų savanorių, ir išbandykite savanorišką veiklą jau šią vasarą.',
    startsAt: at('2025-04-26T11:00', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Lukiškių aikštė', address: 'Lukiškių a., Vilnius, Lithuania', lat: 54.6894, lng: 25.2706 },
    organiserId: 'vilnius-col',
    categoryId: 'citizenship',
    skills: ['show-empathy', 'work-in-teams'],
    duration: 'PT5H',
    badgeId: 'young-volunteer-vilnius',
    language: 'lt',
    url: colUrl('vilnius', '14388'),
  },
  {
    id: '15102',
    title: 'Programavimo pradmenys paaugliams: vasaros stovykla',
    description: 'Penkių dienų stovykla 12–16 metų paaugliams: sukursite savo pirmąjį žaidimą su Scratch ir Python.',
    startsAt: at('2027-07-05T09:00', VILNIUS),
    endsAt: at('2027-07-09T15:00', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Vilniaus jaunimo centras', address: 'Vilnius, Lithuania', lat: 54.6872, lng: 25.2797 },
    cover: 'digital',
    organiserId: 'vilnius-col',
    categoryId: 'digital',
    skills: ['computer-programming', 'solve-problems', 'think-creatively'],
    duration: 'PT30H',
    badgeId: 'coding-basics-lt',
    language: 'lt',
    url: colUrl('vilnius', '15102'),
  },
  {
    id: '15140',
    title: 'Vilnius Green Week: community gardening',
    description: 'Bring gloves and curiosity: we plant herbs and vegetables in a shared garden bed and learn how to keep it alive all summer.',
    startsAt: at('2027-05-20T16:00', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'Vingis Park', address: 'M. K. Čiurlionio g. 100, Vilnius, Lithuania', lat: 54.6843, lng: 25.2448 },
    cover: 'green',
    organiserId: 'vilnius-col',
    categoryId: 'green',
    skills: ['promote-sustainability', 'work-in-teams'],
    duration: 'PT2H',
    badgeId: 'urban-gardener',
    language: 'en',
    url: colUrl('vilnius', '15140'),
  },
  {
    id: '15177',
    title: 'Karjeros planavimo vebinaras',
    description: 'Internetinis užsiėmimas apie tai, kaip atrasti savo stipriąsias puses ir susidaryti karjeros planą.',
    startsAt: at('2027-03-10T18:00', VILNIUS),
    endsAt: at('2027-03-10T19:30', VILNIUS),
    timeZone: VILNIUS,
    onlineUrl: 'https://vilnius.citiesoflearning.eu/online/karjera',
    cover: 'online',
    organiserId: 'vilnius-col',
    categoryId: 'career',
    skills: ['manage-personal-professional-development', 'think-strategically'],
    duration: 'PT1H30M',
    badgeId: 'career-planner-lt',
    language: 'lt',
    url: colUrl('vilnius', '15177'),
  },
  {
    id: '15190',
    title: 'Vilniaus knygų mugė: jaunųjų skaitytojų iššūkis',
    description: 'Keturias mugės dienas skaitykite, diskutuokite su autoriais ir rinkite knygų rekomendacijas draugams.',
    startsAt: at('2027-02-25T10:00', VILNIUS),
    endsAt: at('2027-02-28T18:00', VILNIUS),
    timeZone: VILNIUS,
    location: { name: 'LITEXPO', address: 'Laisvės pr. 5, Vilnius, Lithuania', lat: 54.6886, lng: 25.2138 },
    cover: 'vilnius',
    organiserId: 'vilnius-col',
    categoryId: 'culture',
    skills: ['critical-thinking'],
    duration: 'PT6H',
    badgeId: 'young-reader',
    language: 'lt',
    url: colUrl('vilnius', '15190'),
  },
  {
    id: '14501',
    title: 'Laboratorio di robotica per ragazze e ragazzi',
    description: 'Un pomeriggio per costruire e programmare un piccolo robot, lavorando in squadra con i tutor del laboratorio.',
    startsAt: at('2023-03-18T14:30', ROME),
    endsAt: at('2023-03-18T17:30', ROME),
    timeZone: ROME,
    location: { name: 'Biblioteca civica centrale', address: 'Via della Cittadella 5, 10122 Torino, Italia', lat: 45.0728, lng: 7.6764 },
    cover: 'turin',
    organiserId: 'turin-metro',
    categoryId: 'digital',
    skills: ['computer-programming', 'solve-problems'],
    duration: 'PT3H',
    badgeId: 'robotica-creativa',
    language: 'it',
    url: colUrl('turin', '14501'),
  },
  {
    id: '14502',
    title: 'Competenze digitali per il lavoro: corso base',
    description: 'Cinque mattine per imparare a usare posta elettronica, documenti condivisi e i servizi pubblici online per cercare lavoro.',
    startsAt: at('2024-02-05T09:30', ROME),
    endsAt: at('2024-02-09T12:30', ROME),
    timeZone: ROME,
    location: { name: 'Centro per l’impiego', address: 'Via Bologna 153, 10154 Torino, Italia', lat: 45.0893, lng: 7.7004 },
    cover: 'digital',
    organiserId: 'turin-metro',
    categoryId: 'digital',
    skills: ['digital-literacy', 'manage-personal-professional-development'],
    duration: 'PT15H',
    badgeId: 'competenze-digitali',
    language: 'it',
    url: colUrl('turin', '14502'),
  },
  {
    id: '14503',
    title: 'Torino Città che apprende: forum dei giovani',
    description: 'Giovani, scuole e associazioni discutono le priorità della Città che apprende per i prossimi anni.',
    startsAt: at('2025-09-27T10:00', ROME),
    endsAt: at('2025-09-27T13:00', ROME),
    timeZone: ROME,
    location: { name: 'Palazzo Cisterna', address: 'Via Maria Vittoria 12, 10123 Torino, Italia', lat: 45.0665, lng: 7.6880 },
    organiserId: 'turin-metro',
    categoryId: 'citizenship',
    skills: ['give-live-presentation', 'build-networks'],
    duration: 'PT3H',
    badgeId: 'voce-dei-giovani',
    language: 'it',
    url: colUrl('turin', '14503'),
  },
  {
    id: '14504',
    title: 'Creatività e patrimonio: visita al museo e laboratorio di idee',
    description: 'Una visita guidata seguita da un laboratorio in cui gli oggetti del museo diventano spunto per nuove idee creative.',
    startsAt: at('2025-11-15T15:00', ROME),
    endsAt: at('2025-11-15T18:00', ROME),
    timeZone: ROME,
    location: { name: 'Museo Egizio', address: 'Via Accademia delle Scienze 6, 10123 Torino, Italia', lat: 45.0684, lng: 7.6843 },
    cover: 'turin',
    organiserId: 'turin-metro',
    categoryId: 'culture',
    skills: ['develop-creative-ideas', 'demonstrate-intercultural-competence'],
    duration: 'PT3H',
    badgeId: 'custode-patrimonio',
    language: 'it',
    url: colUrl('turin', '14504'),
  },
  {
    id: '14505',
    title: 'Sostenibilità in città: laboratorio di riciclo creativo',
    description: 'Porta un oggetto che stai per buttare: insieme lo trasformiamo in qualcosa di utile e parliamo di economia circolare.',
    startsAt: at('2027-04-17T10:00', ROME),
    endsAt: at('2027-04-17T12:30', ROME),
    timeZone: ROME,
    location: { name: 'Casa del quartiere San Salvario', address: 'Via Morgari 14, 10125 Torino, Italia', lat: 45.0557, lng: 7.6816 },
    cover: 'green',
    organiserId: 'turin-metro',
    categoryId: 'green',
    skills: ['promote-environmental-awareness', 'think-creatively'],
    duration: 'PT2H30M',
    badgeId: 'riciclo-creativo',
    language: 'it',
    url: colUrl('turin', '14505'),
  },
  {
    id: '14506',
    title: 'Webinar: orientamento al lavoro per neodiplomati',
    description: 'Consulenti e giovani lavoratori raccontano i percorsi possibili dopo il diploma: lavoro, ITS, università e servizio civile.',
    startsAt: at('2027-06-03T17:00', ROME),
    endsAt: at('2027-06-03T18:30', ROME),
    timeZone: ROME,
    onlineUrl: 'https://turin.citiesoflearning.eu/online/orientamento',
    cover: 'online',
    organiserId: 'turin-metro',
    categoryId: 'career',
    skills: ['manage-personal-professional-development'],
    duration: 'PT1H30M',
    badgeId: 'orientamento-lavoro',
    language: 'it',
    url: colUrl('turin', '14506'),
  },
  {
    id: '14507',
    title: 'International youth exchange on green skills',
    description:
      'Young people from five Cities of Learning spend a week in Turin working on green projects with local companies and associations. ' +
      'Working language: English.',
    startsAt: at('2027-09-13T09:00', ROME),
    endsAt: at('2027-09-20T13:00', ROME),
    timeZone: ROME,
    location: { name: 'Environment Park', address: 'Via Livorno 60, 10144 Torino, Italia', lat: 45.0900, lng: 7.6677 },
    cover: 'green',
    organiserId: 'turin-metro',
    categoryId: 'green',
    skills: ['promote-sustainability', 'demonstrate-intercultural-competence', 'work-in-teams'],
    duration: 'PT40H',
    badgeId: 'green-skills-exchange',
    language: 'en',
    url: colUrl('turin', '14507'),
  },
  {
    id: '14601',
    title: 'Atelier de gândire critică pentru liceeni',
    description: 'Învățăm să verificăm sursele, să recunoaștem manipularea și să construim argumente solide, pornind de la știri reale.',
    startsAt: at('2023-11-15T15:00', BUCHAREST),
    endsAt: at('2023-11-15T17:00', BUCHAREST),
    timeZone: BUCHAREST,
    location: { name: 'Biblioteca Județeană Octavian Goga', address: 'Str. Memorandumului 12, Cluj-Napoca, România', lat: 46.7692, lng: 23.5860 },
    cover: 'cluj',
    organiserId: 'cluj-col',
    categoryId: 'citizenship',
    skills: ['critical-thinking', 'think-analytically'],
    duration: 'PT2H',
    badgeId: 'gandire-critica',
    language: 'ro',
    url: colUrl('cluj', '14601'),
  },
  {
    id: '14602',
    title: 'Hackathon civic Cluj',
    description: 'Trei zile în care echipe de tineri construiesc soluții digitale pentru probleme reale ale orașului, cu mentori din comunitatea IT.',
    startsAt: at('2024-05-10T17:00', BUCHAREST),
    endsAt: at('2024-05-12T18:00', BUCHAREST),
    timeZone: BUCHAREST,
    location: { name: 'Cluj Innovation Park', address: 'Bulevardul Muncii 18, Cluj-Napoca, România', lat: 46.7810, lng: 23.6520 },
    cover: 'digital',
    organiserId: 'cluj-col',
    categoryId: 'digital',
    skills: ['work-in-teams', 'solve-problems', 'computer-programming'],
    duration: 'PT20H',
    badgeId: 'hackathon-civic',
    language: 'ro',
    url: colUrl('cluj', '14602'),
  },
  {
    id: '14603',
    title: 'Voluntariat în comunitate: curățenie în Parcul Central',
    description: 'De Ziua Pământului facem curat împreună în Parcul Central și aflăm cum se reciclează corect deșeurile.',
    startsAt: at('2025-04-22T10:00', BUCHAREST),
    timeZone: BUCHAREST,
    location: { name: 'Parcul Central Simion Bărnuțiu', address: 'Cluj-Napoca, România', lat: 46.7690, lng: 23.5780 },
    cover: 'green',
    organiserId: 'cluj-col',
    categoryId: 'green',
    skills: ['promote-environmental-awareness', 'work-in-teams'],
    duration: 'PT3H',
    badgeId: 'voluntar-comunitate',
    language: 'ro',
    url: colUrl('cluj', '14603'),
  },
  {
    id: '14604',
    title: 'Cluj-Napoca, oraș al învățării: târg de oportunități',
    description: 'Organizații de tineret, universități și angajatori prezintă oportunități de învățare, voluntariat și stagii.',
    startsAt: at('2027-10-02T10:00', BUCHAREST),
    endsAt: at('2027-10-02T17:00', BUCHAREST),
    timeZone: BUCHAREST,
    location: { name: 'Piața Unirii', address: 'Piața Unirii, Cluj-Napoca, România', lat: 46.7700, lng: 23.5897 },
    cover: 'cluj',
    organiserId: 'cluj-col',
    categoryId: 'career',
    skills: ['build-networks', 'manage-personal-professional-development'],
    duration: 'PT2H',
    badgeId: 'explorator-oportunitati',
    language: 'ro',
    url: colUrl('cluj', '14604'),
  },
  {
    id: '14605',
    title: 'Curs online: alfabetizare digitală',
    description: 'Un curs online de patru săptămâni, în ritmul tău: siguranță online, e-mail, documente și servicii publice digitale.',
    startsAt: at('2027-02-15T09:00', BUCHAREST),
    endsAt: at('2027-03-15T21:00', BUCHAREST),
    timeZone: BUCHAREST,
    onlineUrl: 'https://cluj.citiesoflearning.eu/online/alfabetizare-digitala',
    cover: 'online',
    organiserId: 'cluj-col',
    categoryId: 'digital',
    skills: ['digital-literacy'],
    duration: 'PT12H',
    badgeId: 'alfabetizare-digitala',
    language: 'ro',
    url: colUrl('cluj', '14605'),
  },
  {
    id: '14606',
    title: 'Youth entrepreneurship bootcamp',
    description: 'Five days to turn an idea into a business plan and pitch it to local entrepreneurs. Sessions in English.',
    startsAt: at('2027-08-02T09:30', BUCHAREST),
    endsAt: at('2027-08-06T16:00', BUCHAREST),
    timeZone: BUCHAREST,
    location: { name: 'Casa de Cultură a Studenților', address: 'Piața Lucian Blaga 1-3, Cluj-Napoca, România', lat: 46.7668, lng: 23.5905 },
    cover: 'cluj',
    organiserId: 'cluj-col',
    categoryId: 'career',
    skills: ['show-entrepreneurial-spirit', 'give-live-presentation', 'develop-creative-ideas'],
    duration: 'PT30H',
    badgeId: 'young-entrepreneur',
    language: 'en',
    url: colUrl('cluj', '14606'),
  },
  {
    id: '14701',
    title: 'Light and code: an Illuminations workshop',
    description: 'Program a strip of LEDs to create your own light show, inspired by the Blackpool Illuminations. No experience needed.',
    startsAt: at('2023-09-02T11:00', LONDON),
    endsAt: at('2023-09-02T15:00', LONDON),
    timeZone: LONDON,
    location: { name: 'Blackpool Central Library', address: 'Queen Street, Blackpool FY1 1PX, United Kingdom', lat: 53.8186, lng: -3.0531 },
    cover: 'blackpool',
    organiserId: 'blackpool-col',
    categoryId: 'digital',
    skills: ['computer-programming', 'think-creatively'],
    duration: 'PT4H',
    badgeId: 'light-coder',
    language: 'en',
    url: colUrl('blackpool', '14701'),
  },
  {
    id: '14702',
    title: 'Get job-ready: CV clinic',
    description: 'Bring your CV (or start one) and get one-to-one advice from a careers adviser, plus tips for your next interview.',
    startsAt: at('2024-03-14T13:00', LONDON),
    endsAt: at('2024-03-14T16:00', LONDON),
    timeZone: LONDON,
    location: { name: 'Blackpool Central Library', address: 'Queen Street, Blackpool FY1 1PX, United Kingdom', lat: 53.8186, lng: -3.0531 },
    organiserId: 'blackpool-col',
    categoryId: 'career',
    skills: ['manage-personal-professional-development'],
    duration: 'PT1H',
    badgeId: 'job-ready',
    language: 'en',
    url: colUrl('blackpool', '14702'),
  },
  {
    id: '14703',
    title: 'Seaside science: beach ecology walk',
    description: 'Explore the shore at low tide with a marine biologist, find out what lives in the sand and how the tides shape the beach.',
    startsAt: at('2025-06-21T10:00', LONDON),
    endsAt: at('2025-06-21T12:00', LONDON),
    timeZone: LONDON,
    location: { name: 'Central Pier', address: 'Promenade, Blackpool FY1 5BB, United Kingdom', lat: 53.8114, lng: -3.0558 },
    cover: 'blackpool',
    organiserId: 'blackpool-col',
    categoryId: 'green',
    skills: ['think-analytically', 'promote-environmental-awareness'],
    duration: 'PT2H',
    badgeId: 'seaside-scientist',
    language: 'en',
    url: colUrl('blackpool', '14703'),
  },
  {
    id: '14704',
    title: 'Digital Skills Week: build your first website',
    description: 'Five evening sessions: plan, write, style and publish a personal web page. Laptops provided.',
    startsAt: at('2027-05-10T18:00', LONDON),
    endsAt: at('2027-05-14T20:00', LONDON),
    timeZone: LONDON,
    location: { name: 'Blackpool and The Fylde College', address: 'Palatine Road, Blackpool FY1 4DW, United Kingdom', lat: 53.8133, lng: -3.0470 },
    cover: 'digital',
    organiserId: 'blackpool-col',
    categoryId: 'digital',
    skills: ['develop-digital-content', 'computer-programming'],
    duration: 'PT10H',
    badgeId: 'web-builder',
    language: 'en',
    url: colUrl('blackpool', '14704'),
  },
  {
    id: '14705',
    title: 'Online: confidence in public speaking',
    description: 'A friendly online session to practise speaking in front of a group, with short exercises and kind feedback.',
    startsAt: at('2027-01-20T19:00', LONDON),
    timeZone: LONDON,
    onlineUrl: 'https://blackpool.citiesoflearning.eu/online/public-speaking',
    cover: 'online',
    organiserId: 'blackpool-col',
    categoryId: 'career',
    skills: ['give-live-presentation', 'emotional-intelligence'],
    duration: 'PT1H',
    badgeId: 'confident-speaker',
    language: 'en',
    url: colUrl('blackpool', '14705'),
  },
  {
    id: '14706',
    title:
      'Blackpool City of Learning community celebration: sharing the stories, skills and badges earned by residents, ' +
      'volunteers, young people and partner organisations across the whole town during the year',
    description: 'An afternoon to celebrate a year of learning in Blackpool, with stories from learners, music and a badge wall.',
    startsAt: at('2027-11-27T14:00', LONDON),
    endsAt: at('2027-11-27T17:00', LONDON),
    timeZone: LONDON,
    location: { name: 'The Winter Gardens', address: 'Church Street, Blackpool FY1 1HL, United Kingdom', lat: 53.8170, lng: -3.0500 },
    cover: 'blackpool',
    organiserId: 'blackpool-col',
    categoryId: 'citizenship',
    skills: ['lead-others', 'build-networks'],
    duration: 'PT3H',
    badgeId: 'community-champion',
    language: 'en',
    url: colUrl('blackpool', '14706'),
  },
  {
    id: '14801',
    title: 'Stadslab Rotterdam: ontwerp je eigen groene straat',
    description: 'Samen met bewoners en ontwerpers bedenk je hoe jouw straat groener, koeler en gezelliger kan worden.',
    startsAt: at('2023-06-10T10:00', AMSTERDAM),
    endsAt: at('2023-06-10T15:00', AMSTERDAM),
    timeZone: AMSTERDAM,
    location: { name: 'Wijkcentrum Het Klooster', address: 'Rotterdam, Nederland', lat: 51.9244, lng: 4.4777 },
    cover: 'rotterdam',
    organiserId: 'col-nl',
    categoryId: 'green',
    skills: ['promote-sustainability', 'develop-creative-ideas'],
    duration: 'PT5H',
    badgeId: 'groene-straat',
    language: 'nl',
    url: 'https://citiesoflearning.nl/activiteit/14801',
  },
  {
    id: '14802',
    title: 'Taalcafé: Nederlands oefenen in de bibliotheek',
    description: 'Elke woensdag oefen je Nederlands in een ontspannen gesprek met vrijwilligers. Alle niveaus zijn welkom.',
    startsAt: at('2024-01-17T14:00', AMSTERDAM),
    timeZone: AMSTERDAM,
    location: { name: 'Centrale Bibliotheek Rotterdam', address: 'Hoogstraat 110, 3011 PV Rotterdam, Nederland', lat: 51.9225, lng: 4.4883 },
    cover: 'rotterdam',
    organiserId: 'col-nl',
    categoryId: 'languages',
    skills: ['speak-different-languages', 'demonstrate-intercultural-competence'],
    duration: 'PT1H30M',
    badgeId: 'taalmaatje',
    language: 'nl',
    url: 'https://citiesoflearning.nl/activiteit/14802',
  },
  {
    id: '14803',
    title: 'Digitale vaardigheden voor ouders',
    description: 'Online avond over schermtijd, sociale media en online veiligheid: hoe begeleid je je kinderen?',
    startsAt: at('2025-02-11T20:00', AMSTERDAM),
    endsAt: at('2025-02-11T21:30', AMSTERDAM),
    timeZone: AMSTERDAM,
    onlineUrl: 'https://citiesoflearning.nl/online/digitale-ouders',
    organiserId: 'col-nl',
    categoryId: 'digital',
    skills: ['digital-literacy', 'show-empathy'],
    duration: 'PT1H30M',
    badgeId: 'digitale-ouder',
    language: 'nl',
    url: 'https://citiesoflearning.nl/activiteit/14803',
  },
  {
    id: '14804',
    title: 'Havenstad werkt: ontdek beroepen in de haven',
    description: 'Een dag langs bedrijven in de haven: van logistiek tot techniek. Praat met vakmensen over hun werk en opleiding.',
    startsAt: at('2027-04-08T09:00', AMSTERDAM),
    endsAt: at('2027-04-08T16:00', AMSTERDAM),
    timeZone: AMSTERDAM,
    location: { name: 'Kop van Zuid', address: 'Wilhelminakade, Rotterdam, Nederland', lat: 51.9075, lng: 4.4870 },
    cover: 'rotterdam',
    organiserId: 'col-nl',
    categoryId: 'career',
    skills: ['manage-personal-professional-development', 'adapt-to-change'],
    duration: 'PT7H',
    badgeId: 'havenverkenner',
    language: 'nl',
    url: 'https://citiesoflearning.nl/activiteit/14804',
  },
  {
    id: '14805',
    title: 'Badge design workshop',
    description: 'Learn how open badges recognise learning, and design a badge for your own organisation. The workshop is in English.',
    startsAt: at('2027-06-16T13:00', AMSTERDAM),
    endsAt: at('2027-06-16T16:00', AMSTERDAM),
    timeZone: AMSTERDAM,
    location: { name: 'Centrale Bibliotheek Rotterdam', address: 'Hoogstraat 110, 3011 PV Rotterdam, Nederland', lat: 51.9225, lng: 4.4883 },
    organiserId: 'col-nl',
    categoryId: 'culture',
    skills: ['develop-digital-content', 'develop-creative-ideas'],
    duration: 'PT3H',
    badgeId: 'badge-designer',
    language: 'en',
    url: 'https://citiesoflearning.nl/activiteit/14805',
  },
  {
    id: '14806',
    title: 'Zomerschool programmeren',
    description: 'Een week lang bouw je met andere jongeren je eigen app, met hulp van studenten informatica.',
    startsAt: at('2027-07-19T10:00', AMSTERDAM),
    endsAt: at('2027-07-23T15:00', AMSTERDAM),
    timeZone: AMSTERDAM,
    location: { name: 'Hogeschool Rotterdam', address: 'Wijnhaven 107, Rotterdam, Nederland', lat: 51.9170, lng: 4.4850 },
    cover: 'digital',
    organiserId: 'col-nl',
    categoryId: 'digital',
    skills: ['computer-programming', 'solve-problems'],
    duration: 'PT25H',
    badgeId: 'zomerschool-programmeur',
    language: 'nl',
    url: 'https://citiesoflearning.nl/activiteit/14806',
  },
];

/** @type {SeedClaimCode[]} */
export const claimCodes = [
  { code: CODES.multiUse, badgeId: 'strategist-2022', singleUse: false },
  { code: CODES.singleUse, badgeId: 'strategist-2022', singleUse: true },
  {
    code: CODES.expired,
    badgeId: 'strategist-2022',
    singleUse: false,
    validFrom: at('2022-05-16T00:00', VILNIUS),
    validUntil: at('2022-05-22T00:00', VILNIUS),
  },
  { code: CODES.notYetValid, badgeId: 'strategist-2022', singleUse: false, validFrom: '2099-01-01T00:00:00Z' },
  { code: CODES.webinarMultiUse, badgeId: 'gnlc-future-skills', singleUse: false },
  { code: CODES.webinarSingleUse, badgeId: 'gnlc-future-skills', singleUse: true },
  { code: 'STUDY-VISIT-2022', badgeId: 'vilnius-study-visit-2022', singleUse: false },
  { code: 'SAVANORIS-2025', badgeId: 'young-volunteer-vilnius', singleUse: false },
  { code: 'KARJERA-2027', badgeId: 'career-planner-lt', singleUse: false },
  { code: 'COMPETENZE-2024', badgeId: 'competenze-digitali', singleUse: false },
  { code: 'TORINO-GIOVANI', badgeId: 'voce-dei-giovani', singleUse: false },
  { code: 'ORIENTA-2027', badgeId: 'orientamento-lavoro', singleUse: false },
  { code: 'GREEN-EXCHANGE', badgeId: 'green-skills-exchange', singleUse: false },
  { code: 'CLUJ-VOLUNTAR', badgeId: 'voluntar-comunitate', singleUse: false },
  { code: 'CLUJ-TARG', badgeId: 'explorator-oportunitati', singleUse: false },
  { code: 'SEASIDE-2025', badgeId: 'seaside-scientist', singleUse: false },
  { code: 'TAALCAFE', badgeId: 'taalmaatje', singleUse: false },
  { code: 'HAVEN-2027', badgeId: 'havenverkenner', singleUse: true },
];

/**
 * @typedef {object} SeedPlaylist
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} cover a key of `covers`
 * @property {string} organiserId
 * @property {string} badgeId the path's own badge
 * @property {{ activityId: string, required: boolean }[]} steps in order
 * @property {number} optionalNeeded how many of the optional steps complete the path
 * @property {string} language BCP 47
 */

/**
 * Learning paths across the cities, in their languages. An activity's `playlistCount` is the
 * number of these that hold it; the Vilnius activity 13965 is in one.
 * @type {SeedPlaylist[]}
 */
export const playlists = [
  {
    id: 'city-strategist',
    name: 'Learning city strategist',
    description:
      'Plan how your city grows 21st-century skills: take part in the strategy workshop and the UNESCO future skills webinar, ' +
      'then add one more activity of your choice.',
    cover: 'vilnius',
    organiserId: 'vilnius-col',
    badgeId: 'path-city-strategist',
    steps: [
      { activityId: '13958', required: false },
      { activityId: '13965', required: true },
      { activityId: 'gnlc-future-skills', required: true },
      { activityId: '14210', required: false },
    ],
    optionalNeeded: 1,
    language: 'en',
  },
  {
    id: 'jaunimo-vasara',
    name: 'Jaunimo vasaros kelias',
    description: 'Pradėkite jaunųjų skaitytojų iššūkiu knygų mugėje, tada pasirinkite bet kurias dvi veiklas: programavimo stovyklą, karjeros vebinarą ar skaitmeninius įgūdžius.',
    cover: 'vilnius',
    organiserId: 'vilnius-col',
    badgeId: 'path-jaunimo-vasara',
    steps: [
      { activityId: '15190', required: true },
      { activityId: '15102', required: false },
      { activityId: '15177', required: false },
      { activityId: '14210', required: false },
    ],
    optionalNeeded: 2,
    language: 'lt',
  },
  {
    id: 'torino-digitale',
    name: 'Percorso competenze digitali',
    description: 'Il corso base di competenze digitali per il lavoro, più due attività a scelta tra robotica, orientamento, riciclo creativo e il webinar UNESCO.',
    cover: 'digital',
    organiserId: 'turin-metro',
    badgeId: 'path-torino-digitale',
    steps: [
      { activityId: '14502', required: true },
      { activityId: '14501', required: false },
      { activityId: '14506', required: false },
      { activityId: '14505', required: false },
      { activityId: 'gnlc-future-skills', required: false },
    ],
    optionalNeeded: 2,
    language: 'it',
  },
  {
    id: 'cluj-civic',
    name: 'Traseu de cetățenie activă',
    description: 'Gândire critică și un hackathon civic, apoi una dintre activitățile de voluntariat sau târgul de oportunități.',
    cover: 'cluj',
    organiserId: 'cluj-col',
    badgeId: 'path-cluj-civic',
    steps: [
      { activityId: '14601', required: true },
      { activityId: '14602', required: true },
      { activityId: '14603', required: false },
      { activityId: '14604', required: false },
    ],
    optionalNeeded: 1,
    language: 'ro',
  },
  {
    id: 'blackpool-work',
    name: 'Ready for work in Blackpool',
    description: 'Start with the CV clinic, then choose any two of these four: coding with light, building a website, public speaking or community volunteering.',
    cover: 'blackpool',
    organiserId: 'blackpool-col',
    badgeId: 'path-blackpool-work',
    steps: [
      { activityId: '14702', required: true },
      { activityId: '14701', required: false },
      { activityId: '14704', required: false },
      { activityId: '14705', required: false },
      { activityId: '14706', required: false },
    ],
    optionalNeeded: 2,
    language: 'en',
  },
  {
    id: 'digitaal-sterk',
    name: 'Digitaal sterk in de stad',
    description: 'Eerst digitale vaardigheden voor ouders, daarna de zomerschool programmeren of de badge-ontwerpworkshop.',
    cover: 'rotterdam',
    organiserId: 'col-nl',
    badgeId: 'path-digitaal-sterk',
    steps: [
      { activityId: '14803', required: true },
      { activityId: '14806', required: false },
      { activityId: '14805', required: false },
    ],
    optionalNeeded: 1,
    language: 'nl',
  },
];

/**
 * How many playlists hold an activity.
 * @param {string} activityId
 */
export function playlistCount(activityId) {
  return playlists.filter((playlist) => playlist.steps.some((step) => step.activityId === activityId)).length;
}
