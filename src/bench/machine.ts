/**
 * CPU use from /proc: whether a figure was limited by the machine or by the code, and how much of
 * the machine other people's processes took meanwhile (the bench does not run alone).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { processTree } from './sift-process.js';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessCpu {
  comm: string;
  ms: number;
}

function readProcessCpu(pid: number): ProcessCpu | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { comm, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

function allProcesses(): Map<number, ProcessCpu> {
  const all = new Map<number, ProcessCpu>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = readProcessCpu(Number(entry));
    if (cpu) all.set(Number(entry), cpu);
  }
  return all;
}

interface CpuSnapshot {
  busy: number;
  total: number;
}

/** Whole-machine CPU counters. */
function machineCpu(): CpuSnapshot {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = values[3]! + (values[4] ?? 0); // idle + iowait
  const total = values.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuUse {
  cores: number;
  /** Share of the machine's CPU in use, 0-1. */
  machineBusy: number;
  /**
   * Shares of the machine, 0-1: this bench and its Sift processes; PostgreSQL and Redis (all
   * their users); everything else (what is left of the busy share: it includes processes that
   * came and went during the measurement, which /proc no longer shows at its end).
   */
  bench: number;
  databases: number;
  others: number;
  /** CPU ms of the given processes. */
  perProcessMs: Map<number, number>;
  /** The busiest processes outside the bench, by share of the machine. */
  topOthers: { comm: string; share: number }[];
}

/** Starts measuring; the returned function tells what was used since. */
export function cpuMeter(pids: () => number[]) {
  const start = machineCpu();
  const startedAt = performance.now();
  const before = allProcesses();
  return (): CpuUse => {
    const end = machineCpu();
    const wallMs = performance.now() - startedAt;
    const cores = availableParallelism();
    const capacityMs = wallMs * cores;
    const after = allProcesses();
    const mine = new Set(processTree(process.pid));
    const byGroup = { bench: 0, databases: 0, others: 0 };
    const others = new Map<string, number>();
    for (const [pid, cpu] of after) {
      const used = cpu.ms - (before.get(pid)?.comm === cpu.comm ? before.get(pid)!.ms : 0);
      if (used <= 0) continue;
      if (mine.has(pid)) byGroup.bench += used;
      else if (/^(postgres|redis-server)/.test(cpu.comm)) byGroup.databases += used;
      else {
        byGroup.others += used;
        others.set(cpu.comm, (others.get(cpu.comm) ?? 0) + used);
      }
    }
    const perProcessMs = new Map<number, number>();
    for (const pid of pids()) perProcessMs.set(pid, (after.get(pid)?.ms ?? 0) - (before.get(pid)?.ms ?? 0));
    const total = end.total - start.total;
    const machineBusy = total > 0 ? (end.busy - start.busy) / total : 0;
    const bench = byGroup.bench / capacityMs;
    const databases = byGroup.databases / capacityMs;
    return {
      cores,
      machineBusy,
      bench,
      databases,
      others: Math.max(byGroup.others / capacityMs, machineBusy - bench - databases),
      perProcessMs,
      topOthers: [...others]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([comm, ms]) => ({ comm, share: ms / capacityMs })),
    };
  };
}

/** "machine 97% busy of 2 cores: bench 60%, PostgreSQL and Redis 30%, other processes 7% (node 5%)" */
export function describeCpu(use: CpuUse): string {
  const p = (share: number) => `${Math.round(share * 100)}%`;
  const top = use.topOthers.filter((o) => o.share >= 0.02).map((o) => `${o.comm} ${p(o.share)}`);
  return (
    `machine ${p(use.machineBusy)} busy (${use.cores} cores): bench ${p(use.bench)}, ` +
    `PostgreSQL+Redis ${p(use.databases)}, other processes ${p(use.others)}${top.length ? ` (${top.join(', ')})` : ''}`
  );
}

/** The figures of a CpuUse for the JSON file. */
export function cpuFigures(use: CpuUse) {
  return {
    cores: use.cores,
    machineBusy: use.machineBusy,
    bench: use.bench,
    databases: use.databases,
    others: use.others,
    topOthers: use.topOthers,
  };
}
