import dictionaryVi from "dictionary-vi";
import nspell from "nspell";
import { LIMITS, type SpellEngine } from "./domain/checker.js";
import { suggestOneEdit } from "./domain/suggest.js";

/**
 * Suggestions remembered per process: the dictionary never changes, and editors repeat the same typos. They come
 * from suggestOneEdit rather than nspell's own `suggest`, which can take seconds on one word (see domain/suggest.ts).
 */
const SUGGESTION_CACHE_SIZE = 5_000;

let loaded: SpellEngine | null = null;

/**
 * The Vietnamese Hunspell dictionary (dictionary-vi, about 6,600 syllables), parsed once per process: it takes a few
 * tens of milliseconds, and every app built in the same process (tests build many) shares the same read-only copy.
 * The boot sequence calls this (spellcheck routes plugin) so no request ever pays for it.
 */
export function loadSpellEngine(): SpellEngine {
  if (loaded) return loaded;
  const spell = nspell({ aff: Buffer.from(dictionaryVi.aff), dic: Buffer.from(dictionaryVi.dic) });
  const suggestions = new Map<string, string[]>();
  // The Vietnamese .dic lists bare syllables (no affix flags), so a set of them answers a candidate in a hash look-up
  // where nspell's `correct` would try case and affix variants of each of the thousand candidates.
  const syllables = new Set(
    Buffer.from(dictionaryVi.dic)
      .toString("utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.split("/")[0]?.trim().normalize("NFC").toLocaleLowerCase("vi") ?? "")
      .filter((w) => w !== ""),
  );
  loaded = {
    correct: (word) => spell.correct(word),
    suggest: (word) => {
      let found = suggestions.get(word);
      if (!found) {
        found = suggestOneEdit(word, (w) => syllables.has(w), LIMITS.suggestions);
        if (suggestions.size >= SUGGESTION_CACHE_SIZE) {
          const oldest = suggestions.keys().next().value;
          if (oldest !== undefined) suggestions.delete(oldest);
        }
        suggestions.set(word, found);
      }
      return found;
    },
  };
  return loaded;
}
