import { tv } from "../access.js";
import type { ItemStatus } from "../domain/scoring.js";

/** The score as a number and a bar; the number carries the meaning, the bar only repeats it. */
export function ScoreBar({ score }: { score: number | null }) {
  if (score === null) return <span>{tv("compliance.scoreNone")}</span>;
  return (
    <span class="compliance-score">
      <strong>{tv("compliance.scoreValue", { score })}</strong>{" "}
      <meter
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={score}
        aria-label={tv("compliance.scoreMeter", { score })}
      >
        {score}%
      </meter>
    </span>
  );
}

const TAG_CLASS: Record<ItemStatus, string> = { present: "tag ok", missing: "tag off", stale: "tag pending" };

/** Status in words inside a bordered tag, so colour is never the only sign. */
export function StatusTag({ status }: { status: ItemStatus }) {
  return <span class={TAG_CLASS[status]}>{tv(`compliance.status.${status}`)}</span>;
}
