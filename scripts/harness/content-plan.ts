/**
 * The plan of generated content for the benchmarks and the scale tests (./generate-content.ts writes it):
 * `industries` industries sharing `roles` roles, each role with a full profile. The words are filler: this is for
 * timing and for exercising the site at size, never for the site itself.
 *
 * The titles are varied so that browsing by letter means something: "Audit analyst 12", "Quarry surveyor 517",
 * "X-ray technician 26". Their first letters spread over A to Z about as job titles do (many S, C and P, few Q, X
 * and Z), so at 1,000 roles some letters have more than 50 roles and every letter has some. Industries differ in
 * size too (from about 11 to about 56 roles each at 1,000 roles across 30), so some have more than 50.
 *
 * Everything is deterministic: `planContent` says what `generateContent` writes without writing anything, so a
 * test can know the titles, slugs and industries of a generated site without reading its files. The word "data"
 * is in every role's summary and in no industry's words, so `/search?q=data` matches every role and only roles.
 */
export interface ContentSize {
  industries: number;
  roles: number;
}

export interface PlannedRole {
  /** 1 to `roles`: the number at the end of the title. */
  number: number;
  title: string;
  slug: string;
  /** The industry's slug. */
  industry: string;
  summary: string;
  /** The first letter of the title, upper case: the title's place in an A to Z. */
  letter: string;
}

export interface PlannedIndustry {
  name: string;
  slug: string;
  summary: string;
  /** Its roles' slugs, in the order the industry file lists them. */
  roles: string[];
}

export interface ContentPlan {
  industries: PlannedIndustry[];
  roles: PlannedRole[];
}

const INDUSTRY_NAMES = [
  "Agriculture and land",
  "Animal care",
  "Arts and culture",
  "Banking and insurance",
  "Beauty and wellbeing",
  "Construction and building",
  "Creative and media",
  "Defence",
  "Education and training",
  "Emergency services",
  "Energy and utilities",
  "Engineering and manufacturing",
  "Environment and conservation",
  "Facilities and cleaning",
  "Finance and accounting",
  "Government and public services",
  "Health and social care",
  "Hospitality and tourism",
  "Information technology",
  "Law and justice",
  "Leisure and sport",
  "Logistics and transport",
  "Mining and quarrying",
  "Property and housing",
  "Retail and customer service",
  "Science and research",
  "Social work and charities",
  "Telecommunications",
  "Travel and aviation",
  "Voluntary sector",
] as const;

/** Relative sizes of the industries, repeated: at 30 industries and 1,000 roles, about 11, 22, 33, 44 and 56 roles. */
const INDUSTRY_WEIGHTS = [5, 1, 3, 2, 4] as const;

/** The first word of a title, by letter, with the letter's weight: how many of every 97 roles start with it. */
const LETTERS: Record<string, { weight: number; words: readonly string[] }> = {
  A: { weight: 6, words: ["Audit", "Accounts", "Actuarial", "Aviation"] },
  B: { weight: 3, words: ["Benefits", "Bid", "Brand", "Building"] },
  C: { weight: 9, words: ["Care", "Claims", "Compliance", "Customer"] },
  D: { weight: 5, words: ["Data", "Design", "Dispatch", "Dental"] },
  E: { weight: 5, words: ["Estates", "Events", "Export", "Energy"] },
  F: { weight: 4, words: ["Finance", "Fleet", "Facilities", "Forestry"] },
  G: { weight: 3, words: ["Grants", "Graphics", "Grounds", "Geospatial"] },
  H: { weight: 4, words: ["Health", "Housing", "Hospitality", "Heritage"] },
  I: { weight: 3, words: ["Insurance", "Infrastructure", "Intelligence", "Inventory"] },
  J: { weight: 1, words: ["Justice", "Joinery", "Journalism"] },
  K: { weight: 1, words: ["Kitchen", "Knowledge", "Key account"] },
  L: { weight: 4, words: ["Learning", "Legal", "Logistics", "Laboratory"] },
  M: { weight: 7, words: ["Marketing", "Maintenance", "Medical", "Museum"] },
  N: { weight: 2, words: ["Network", "Nursery", "Nutrition", "Nuclear"] },
  O: { weight: 3, words: ["Operations", "Outreach", "Orthotics", "Office"] },
  P: { weight: 8, words: ["Payroll", "Planning", "Procurement", "Pharmacy"] },
  Q: { weight: 1, words: ["Quality", "Quantity", "Quarry"] },
  R: { weight: 4, words: ["Research", "Records", "Recruitment", "Retail"] },
  S: { weight: 10, words: ["Safety", "Sales", "Security", "Software"] },
  T: { weight: 5, words: ["Training", "Transport", "Tax", "Theatre"] },
  U: { weight: 1, words: ["Underwriting", "Urban", "Utilities"] },
  V: { weight: 2, words: ["Veterinary", "Vehicle", "Volunteer", "Visitor"] },
  W: { weight: 3, words: ["Warehouse", "Welfare", "Web", "Wildlife"] },
  X: { weight: 1, words: ["X-ray"] },
  Y: { weight: 1, words: ["Youth", "Yard"] },
  Z: { weight: 1, words: ["Zoo", "Zoning"] },
};

const NOUNS = [
  "analyst",
  "officer",
  "technician",
  "coordinator",
  "manager",
  "specialist",
  "adviser",
  "assistant",
  "engineer",
  "inspector",
  "surveyor",
  "consultant",
] as const;

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Smooth weighted round robin (nginx's): a sequence in which each key appears in proportion to its weight,
 * spread out rather than in runs.
 */
function weightedSequence<T>(items: readonly { key: T; weight: number }[], length: number): T[] {
  const current = items.map(() => 0);
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const sequence: T[] = [];
  for (let step = 0; step < length; step++) {
    let best = 0;
    items.forEach((item, index) => {
      current[index]! += item.weight;
      if (current[index]! > current[best]!) best = index;
    });
    current[best]! -= total;
    sequence.push(items[best]!.key);
  }
  return sequence;
}

/**
 * The first letters of the roles' titles, in role order: A to Z once (so any 26 roles or more cover the whole
 * alphabet), then the letters again in proportion to their weights, over and over.
 */
function letterSequence(roles: number): string[] {
  const letters = Object.keys(LETTERS);
  const rest = letters.map((key) => ({ key, weight: LETTERS[key]!.weight - 1 })).filter((item) => item.weight > 0);
  const restLength = rest.reduce((sum, item) => sum + item.weight, 0);
  const cycle = [...letters, ...weightedSequence(rest, restLength)];
  return Array.from({ length: roles }, (_, index) => cycle[index % cycle.length]!);
}

function industryName(index: number): string {
  const name = INDUSTRY_NAMES[index % INDUSTRY_NAMES.length]!;
  const round = Math.floor(index / INDUSTRY_NAMES.length);
  return round === 0 ? name : `${name} ${round + 1}`;
}

/** What `generateContent` writes for a size, without writing it. */
export function planContent({ industries, roles }: ContentSize): ContentPlan {
  if (!Number.isInteger(industries) || industries < 1) throw new Error(`industries must be 1 or more, not ${industries}`);
  if (!Number.isInteger(roles) || roles < industries) {
    throw new Error(`roles must be a whole number at least the number of industries (${industries}), not ${roles}`);
  }
  const plannedIndustries: PlannedIndustry[] = Array.from({ length: industries }, (_, index) => {
    const name = industryName(index);
    return { name, slug: slugify(name), summary: `Roles in ${name.toLowerCase()} where accuracy protects people and systems.`, roles: [] };
  });
  // Every industry gets one role first (an industry must list at least one), then they share the rest by weight.
  const industryOf = [
    ...plannedIndustries.map((_, index) => index),
    ...weightedSequence(
      plannedIndustries.map((_, index) => ({ key: index, weight: INDUSTRY_WEIGHTS[index % INDUSTRY_WEIGHTS.length]! })),
      roles - industries,
    ),
  ];
  const seenPerLetter = new Map<string, number>();
  const plannedRoles = letterSequence(roles).map((letter, index): PlannedRole => {
    const number = index + 1;
    const seen = seenPerLetter.get(letter) ?? 0;
    seenPerLetter.set(letter, seen + 1);
    const { words } = LETTERS[letter]!;
    const word = words[seen % words.length]!;
    const noun = NOUNS[(seen + Math.floor(seen / words.length) * 5) % NOUNS.length]!;
    const title = `${word} ${noun} ${number}`;
    const industry = plannedIndustries[industryOf[index]!]!;
    const slug = slugify(title);
    industry.roles.push(slug);
    return {
      number,
      title,
      slug,
      industry: industry.slug,
      summary: `${/^[AEIOU]/.test(word) ? "An" : "A"} ${word.toLowerCase()} ${noun} analyses data to help organisations in ${industry.name.toLowerCase()} understand outcomes and improve services.`,
      letter,
    };
  });
  return { industries: plannedIndustries, roles: plannedRoles };
}
