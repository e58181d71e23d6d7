// A small hand-written validator for content data. It returns every problem it finds, in plain
// words, so one test run lists everything wrong with a content file.
import { PROMPT_AUDIENCES, type PromptLibrary } from './prompts/types';
import { SKILL_CATEGORIES, type SkillLibrary } from './skills/types';

/** Longest step, prompt or sentence we accept: a phone screen, read in distress. */
export const MAX_STEP_CHARS = 200;
export const MAX_LABEL_CHARS = 40;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True when `text` holds something that looks like a phone number: six or more digits in one
 * run (spaces, dots, dashes, brackets and a leading + allowed between them), or a well-known
 * emergency short code. Crisis numbers belong in the editable crisis-lines data, never here.
 */
export function containsPhoneNumber(text: string): boolean {
  for (const run of text.matchAll(/\+?\d[\d\s().-]*\d/g)) {
    if (run[0].replace(/\D/g, '').length >= 6) return true;
  }
  return /(?<![\d-])(?:911|988|999|112|111|000|116\s?\d{3}|0800)(?![\d-])/.test(text);
}

type Check = (problems: string[], where: string, value: unknown) => void;

const text =
  (max: number, optional = false): Check =>
  (problems, where, value) => {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') return void problems.push(`${where}: must be non-empty text`);
    if ([...value].length > max) problems.push(`${where}: longer than ${max} characters`);
    if (containsPhoneNumber(value)) problems.push(`${where}: looks like a phone number; crisis lines belong in their own data`);
  };

const sentence = text(MAX_STEP_CHARS);
const optionalSentence = text(MAX_STEP_CHARS, true);
const source = text(400);
const label = text(MAX_LABEL_CHARS, true);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkIds(problems: string[], kind: string, ids: unknown[]) {
  const seen = new Set<unknown>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || !ID.test(id)) problems.push(`${kind} ${i}: id must be lower-case words joined by hyphens`);
    else if (seen.has(id)) problems.push(`${kind} ${id}: id is used twice`);
    seen.add(id);
  });
}

/** A map with exactly the `known` keys, each holding the `fields` (e.g. the categories' names). */
function checkGroups(
  problems: string[],
  kind: string,
  known: readonly string[],
  map: Record<string, unknown>,
  fields: Record<string, Check>,
) {
  for (const key of known) {
    const info = map[key];
    if (!isRecord(info)) {
      problems.push(`${kind} ${key}: missing`);
      continue;
    }
    for (const [field, check] of Object.entries(fields)) check(problems, `${kind} ${key} ${field}`, info[field]);
  }
  for (const key of Object.keys(map)) {
    if (!known.includes(key)) problems.push(`${kind} ${key}: not a known ${kind}`);
  }
}

/** Every problem with a skill library; empty when it is valid. */
export function validateSkillLibrary(library: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(library) || !isRecord(library.categories) || !Array.isArray(library.skills)) {
    return ['library: needs categories and a list of skills'];
  }
  checkGroups(problems, 'category', SKILL_CATEGORIES, library.categories, { name: text(MAX_LABEL_CHARS), about: sentence });
  const skills: unknown[] = library.skills;
  checkIds(
    problems,
    'skill',
    skills.map((s) => (isRecord(s) ? s.id : undefined)),
  );
  for (const [i, skill] of skills.entries()) {
    if (!isRecord(skill)) {
      problems.push(`skill ${i}: not an object`);
      continue;
    }
    const at = `skill ${typeof skill.id === 'string' ? skill.id : i}`;
    if (!(SKILL_CATEGORIES as readonly unknown[]).includes(skill.category)) problems.push(`${at}: category is not known`);
    text(80)(problems, `${at} name`, skill.name);
    text(MAX_LABEL_CHARS, true)(problems, `${at} acronym`, skill.acronym);
    sentence(problems, `${at} whenToUse`, skill.whenToUse);
    text(400, true)(problems, `${at} caution`, skill.caution);
    source(problems, `${at} source`, skill.source);
    if (!Array.isArray(skill.steps) || skill.steps.length === 0) {
      problems.push(`${at}: needs at least one step`);
      continue;
    }
    for (const [n, step] of (skill.steps as unknown[]).entries()) {
      if (!isRecord(step)) {
        problems.push(`${at} step ${n + 1}: not an object`);
        continue;
      }
      sentence(problems, `${at} step ${n + 1}`, step.text);
      label(problems, `${at} step ${n + 1} label`, step.label);
    }
  }
  return problems;
}

/** Every problem with a prompt library; empty when it is valid. */
export function validatePromptLibrary(library: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(library) || !isRecord(library.audiences) || !Array.isArray(library.prompts)) {
    return ['library: needs audiences and a list of prompts'];
  }
  checkGroups(problems, 'audience', PROMPT_AUDIENCES, library.audiences, { title: text(80), intro: sentence });
  text(400)(problems, 'safetyNote', library.safetyNote);
  const prompts: unknown[] = library.prompts;
  checkIds(
    problems,
    'prompt',
    prompts.map((p) => (isRecord(p) ? p.id : undefined)),
  );
  for (const [i, prompt] of prompts.entries()) {
    if (!isRecord(prompt)) {
      problems.push(`prompt ${i}: not an object`);
      continue;
    }
    const at = `prompt ${typeof prompt.id === 'string' ? prompt.id : i}`;
    if (!(PROMPT_AUDIENCES as readonly unknown[]).includes(prompt.audience)) problems.push(`${at}: audience is not known`);
    text(60)(problems, `${at} theme`, prompt.theme);
    sentence(problems, `${at} text`, prompt.text);
    optionalSentence(problems, `${at} hint`, prompt.hint);
    if (!Array.isArray(prompt.sources) || prompt.sources.length === 0) problems.push(`${at}: needs at least one source`);
    else for (const [n, s] of (prompt.sources as unknown[]).entries()) source(problems, `${at} source ${n + 1}`, s);
  }
  for (const audience of PROMPT_AUDIENCES) {
    if (!prompts.some((p) => isRecord(p) && p.audience === audience)) problems.push(`audience ${audience}: has no prompts`);
  }
  return problems;
}

/** Narrowing helpers for callers that load content they did not write (e.g. a translation). */
export function isValidSkillLibrary(library: unknown): library is SkillLibrary {
  return validateSkillLibrary(library).length === 0;
}
export function isValidPromptLibrary(library: unknown): library is PromptLibrary {
  return validatePromptLibrary(library).length === 0;
}
