/** Something a person must fix: an i18n key of the portal-legal catalogue and its parameters. Pure code returns these. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export type FieldProblems = Record<string, Problem>;

export function problem(key: string, params?: Record<string, string | number>): Problem {
  return params ? { key, params } : { key };
}
