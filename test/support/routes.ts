import type { FastifyInstance } from "fastify";

/** One registered route pattern and its methods (HEAD left out: Fastify adds it to every GET). */
export interface RouteInfo {
  path: string;
  methods: string[];
}

/**
 * Every route the app registered, read from `app.printRoutes()` (Fastify has no public list of routes once it is
 * ready). The tree prints one node per line, four columns per level, with the node's segment and, when routes end
 * there, their methods: `│   ├── ien-thi (GET, HEAD)`. Joining the segments from the root gives the full pattern.
 */
export function listRoutes(app: FastifyInstance): RouteInfo[] {
  const tree = app.printRoutes();
  const stack: string[] = [];
  const byPath = new Map<string, Set<string>>();
  for (const line of tree.split("\n")) {
    if (line.trim() === "") continue;
    const match = /^((?:[│ ] {3})*)(?:[├└]── )?(.*)$/u.exec(line);
    if (!match) continue;
    const indent = match[1] ?? "";
    const depth = [...indent].length / 4;
    let segment = match[2] ?? "";
    let methods: string[] = [];
    const m = /^(.*) \(([A-Z, ]+)\)$/.exec(segment);
    if (m) {
      segment = m[1] ?? "";
      methods = (m[2] ?? "").split(",").map((s) => s.trim());
    }
    stack.length = depth;
    stack[depth] = segment;
    if (methods.length === 0) continue;
    const full = stack.join("");
    const set = byPath.get(full) ?? new Set<string>();
    for (const method of methods) if (method !== "HEAD") set.add(method);
    byPath.set(full, set);
  }
  return [...byPath.entries()]
    .map(([path, methods]) => ({ path, methods: [...methods].sort() }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether a concrete URL path matches a route pattern (`/admin/don-vi/:id/sua`, `/static/*`). */
export function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split(/(:[A-Za-z0-9_]+|\*)/);
  const source = parts
    .map((p) => {
      if (p === "*") return ".*";
      if (p.startsWith(":")) return "[^/]+";
      return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** Replaces every `:param` (and a trailing `*`) of a pattern with `value`. */
export function fillPattern(pattern: string, value: string): string {
  return pattern.replace(/:[A-Za-z0-9_]+/g, value).replace(/\*$/, value);
}
