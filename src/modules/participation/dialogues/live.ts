/**
 * Live answers over server-sent events. One channel per dialogue on this app node, shared by every viewer connected
 * to it: one poll of the database per tick whatever the audience, each new answer encoded once and written to all.
 * Every node polls the database itself, so answers given through any node reach viewers on every node behind a load
 * balancer. Event ids are answer numbers: a browser reconnecting with Last-Event-ID gets exactly what it missed.
 */
import type { FastifyBaseLogger } from "fastify";
import type { Executor } from "../../../platform/db/transaction.js";
import { answersAfter, liveTick, type PublicAnswer } from "./store.js";

export interface LiveOptions {
  pollMs: number;
  heartbeatMs: number;
  /** The JSON sent for one answer (what the page script draws). */
  render: (answer: PublicAnswer) => unknown;
}

/** One connected viewer: where to write, and the last answer it was sent. */
export interface Viewer {
  write(chunk: string): void;
  end(): void;
}

interface Attached {
  viewer: Viewer;
  lastSent: number;
  /** Answers broadcast while the viewer's own catch-up query ran, written once it is done. */
  pending: { seq: number; chunk: string }[] | null;
}

interface Channel {
  viewers: Set<Attached>;
  lastSeq: number;
  timer: NodeJS.Timeout | null;
  heartbeat: NodeJS.Timeout;
  ended: boolean;
}

export function answerEvent(seq: number, data: unknown): string {
  return `id: ${seq}\nevent: answer\ndata: ${JSON.stringify(data)}\n\n`;
}

export const ENDED_EVENT = "event: ended\ndata: {}\n\n";

export class LiveHub {
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(
    private readonly db: Executor,
    private readonly opts: LiveOptions,
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** How many channels poll now (one per dialogue with viewers on this node). */
  get channelCount(): number {
    return this.channels.size;
  }

  /**
   * Joins a viewer to the dialogue's channel and sends it the answers after `afterSeq`. Returns the detach function
   * for when the connection closes.
   */
  async attach(dialogueId: string, afterSeq: number, viewer: Viewer): Promise<() => void> {
    const channel = this.channelFor(dialogueId);
    const me: Attached = { viewer, lastSent: afterSeq, pending: [] };
    channel.viewers.add(me);
    const detach = () => this.detach(dialogueId, me);
    try {
      const missed = await answersAfter(this.db, dialogueId, afterSeq);
      for (const a of missed) this.deliver(me, a.seq, answerEvent(a.seq, this.opts.render(a)));
    } catch (error) {
      this.log?.warn({ err: error, dialogueId }, "dialogue live catch-up failed");
    }
    const queued = me.pending ?? [];
    me.pending = null;
    for (const q of queued) this.deliver(me, q.seq, q.chunk);
    if (channel.ended) {
      viewer.write(ENDED_EVENT);
      viewer.end();
      detach();
    }
    return detach;
  }

  private deliver(me: Attached, seq: number, chunk: string): void {
    if (seq <= me.lastSent) return;
    me.lastSent = seq;
    me.viewer.write(chunk);
  }

  private channelFor(dialogueId: string): Channel {
    const existing = this.channels.get(dialogueId);
    if (existing) return existing;
    const channel: Channel = {
      viewers: new Set(),
      // From the start: a viewer's Last-Event-ID is not to be trusted for the others (the first tick reads the
      // session's answers once; each viewer skips those it already has).
      lastSeq: 0,
      timer: null,
      heartbeat: setInterval(() => {
        for (const v of channel.viewers) v.viewer.write(": ping\n\n");
      }, this.opts.heartbeatMs),
      ended: false,
    };
    this.channels.set(dialogueId, channel);
    this.schedule(dialogueId, channel);
    return channel;
  }

  private schedule(dialogueId: string, channel: Channel): void {
    if (this.closed) return;
    channel.timer = setTimeout(() => {
      void this.tick(dialogueId, channel);
    }, this.opts.pollMs);
  }

  private async tick(dialogueId: string, channel: Channel): Promise<void> {
    if (this.channels.get(dialogueId) !== channel) return;
    try {
      const state = await liveTick(this.db, dialogueId, channel.lastSeq);
      if (this.channels.get(dialogueId) !== channel) return;
      for (const a of state?.answers ?? []) {
        channel.lastSeq = Math.max(channel.lastSeq, a.seq);
        const chunk = answerEvent(a.seq, this.opts.render(a));
        for (const v of channel.viewers) {
          if (v.pending) v.pending.push({ seq: a.seq, chunk });
          else this.deliver(v, a.seq, chunk);
        }
      }
      if (!state || state.status === "ended") {
        channel.ended = true;
        for (const v of [...channel.viewers]) {
          if (v.pending) continue; // told at the end of its catch-up
          v.viewer.write(ENDED_EVENT);
          v.viewer.end();
          channel.viewers.delete(v);
        }
        if (channel.viewers.size === 0) this.drop(dialogueId, channel);
        return;
      }
    } catch (error) {
      this.log?.warn({ err: error, dialogueId }, "dialogue live poll failed");
    }
    this.schedule(dialogueId, channel);
  }

  private detach(dialogueId: string, me: Attached): void {
    const channel = this.channels.get(dialogueId);
    if (!channel) return;
    channel.viewers.delete(me);
    if (channel.viewers.size === 0) this.drop(dialogueId, channel);
  }

  private drop(dialogueId: string, channel: Channel): void {
    if (channel.timer) clearTimeout(channel.timer);
    clearInterval(channel.heartbeat);
    if (this.channels.get(dialogueId) === channel) this.channels.delete(dialogueId);
  }

  /** Ends every stream (the server is shutting down; browsers reconnect to another node). */
  close(): void {
    this.closed = true;
    for (const [id, channel] of this.channels) {
      for (const v of channel.viewers) v.viewer.end();
      channel.viewers.clear();
      this.drop(id, channel);
    }
  }
}
