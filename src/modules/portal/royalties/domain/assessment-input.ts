import { checkPoints, type PointRange, parsePoints } from "./rates.js";

export interface AssessableClass extends PointRange {
  code: string;
  name: string;
  active: boolean;
}

export interface AssessmentChoice {
  classCode: string;
  points: number;
}

/** A problem with one field, as a catalogue key and its parameters (the route words it). */
export interface InputProblem {
  field: "class" | "points";
  key: string;
  params?: Record<string, string | number>;
}

export type AssessmentParse =
  | { ok: true; value: AssessmentChoice; cls: AssessableClass }
  | { ok: false; problems: InputProblem[] };

/**
 * Checks what the approver chose against the rate table: a class that exists and is in use, and whole points inside
 * its range. Both fields are checked so the person sees every problem at once.
 */
export function parseAssessment(
  raw: { classCode: string; points: string },
  classes: readonly AssessableClass[],
): AssessmentParse {
  const problems: InputProblem[] = [];
  const code = raw.classCode.trim();
  const cls = classes.find((c) => c.code === code && c.active);
  if (code === "") problems.push({ field: "class", key: "portalRoyalties.error.classRequired" });
  else if (!cls) problems.push({ field: "class", key: "portalRoyalties.error.classUnknown" });
  const points = parsePoints(raw.points);
  if (raw.points.trim() === "")
    problems.push({ field: "points", key: "portalRoyalties.error.pointsRequired" });
  else if (points === null) problems.push({ field: "points", key: "portalRoyalties.error.pointsNotWhole" });
  else if (cls && checkPoints(cls, points) !== "ok") {
    problems.push({
      field: "points",
      key: "portalRoyalties.error.pointsOutOfRange",
      params: { name: cls.name, min: cls.minPoints, max: cls.maxPoints, points },
    });
  }
  if (problems.length > 0 || !cls || points === null) return { ok: false, problems };
  return { ok: true, value: { classCode: cls.code, points }, cls };
}
