import { type RawBuilder, type SqlBool, sql } from "kysely";

/** The units a person works on: everywhere, or these units (each with every unit below it). */
export type UnitScope = "all" | readonly string[];

/**
 * `column` (a unit id) is one of the scope's units or below one of them, as an SQL condition: the unit tree is walked
 * in the database, so lists filter by scope in the same query whatever the depth of the tree.
 */
export function unitInScopeSql(scope: UnitScope, column: RawBuilder<unknown>): RawBuilder<SqlBool> {
  if (scope === "all") return sql<SqlBool>`true`;
  if (scope.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${column} in (
    with recursive scope_units(id) as (
      select id from units where id in (${sql.join([...scope])})
      union
      select u.id from units u join scope_units s on u.parent_id = s.id
    )
    select id from scope_units)`;
}
