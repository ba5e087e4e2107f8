/**
 * A query as the index searches it: its terms, and trees of them in MiniSearch's query syntax. Codes are matched
 * whatever their punctuation: "icd-10", "icd10" and "ICD 10" are the one term "icd10", which is how the index holds
 * a code however a page writes it (text.ts). Pure, no index.
 */
import { compact, fold, isUseful, joinsAsCode, MAX_QUERY_TERMS, words } from "./text";

/**
 * A term, or terms combined (MiniSearch's query tree), optionally in some fields only and without prefix or fuzzy
 * matching. A term never holds a space.
 */
export type QueryNode =
  | string
  | { combineWith: "AND" | "OR"; queries: QueryNode[]; fields?: string[]; prefix?: boolean; fuzzy?: boolean };

const key = (node: QueryNode) => (typeof node === "string" ? node : JSON.stringify(node));

/** The nodes without repeats, in order. */
export function distinct(nodes: readonly QueryNode[]): QueryNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => !seen.has(key(node)) && seen.add(key(node)));
}

const combine = (combineWith: "AND" | "OR", nodes: readonly QueryNode[]): QueryNode => {
  const unique = distinct(nodes);
  return unique.length === 1 ? unique[0]! : { combineWith, queries: unique };
};

/** Every one of the nodes (one node alone as itself). */
export const all = (nodes: readonly QueryNode[]) => combine("AND", nodes);
/** Any of the nodes (one node alone as itself). */
export const any = (nodes: readonly QueryNode[]) => combine("OR", nodes);

/** One term of a query. */
export interface QueryPart {
  /** The term: "icd10" for "ICD-10", "icd10" or "ICD 10"; "t&s" for "T&S", "t&s" or "T & S". */
  term: string;
  /** The words as they were typed, folded ("icd-10"; "icd" and "10"): marked in the results as well as the term. */
  typed: string[];
}

/** The terms of folded words, in order, repeats and all: a code written as two words ("ICD 10") joined. */
function* termsOf(folded: readonly string[]): Generator<QueryPart> {
  for (let index = 0; index < folded.length; index++) {
    const word = folded[index]!;
    const next = folded[index + 1];
    if (joinsAsCode(word, next)) {
      index++;
      yield { term: `${word}${next}`, typed: [word, next!] };
    } else {
      yield { term: compact(word), typed: [word] };
    }
  }
}

/**
 * The distinct terms a (normalised) query searches for, in order, at most MAX_QUERY_TERMS of them: common words
 * and single letters left out, hyphens removed, and a word of letters followed by a number joined to it.
 */
export function queryParts(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const seen = new Set<string>();
  for (const part of termsOf(words(query).map(fold))) {
    if (parts.length === MAX_QUERY_TERMS) break;
    if (!isUseful(part.term) || seen.has(part.term)) continue;
    seen.add(part.term);
    parts.push(part);
  }
  return parts;
}

/** The distinct terms a (normalised) query searches for (see queryParts). */
export function queryTerms(query: string): string[] {
  return queryParts(query).map((part) => part.term);
}

/** The useful terms of a text, in order, repeats and all, as a query would have them: for finding phrases in it. */
export function textTerms(text: string): string[] {
  const terms: string[] = [];
  for (const { term } of termsOf(words(text).map(fold))) if (isUseful(term)) terms.push(term);
  return terms;
}
