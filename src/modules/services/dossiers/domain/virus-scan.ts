/**
 * The virus-scan hook of submission (SPEC §B2): every uploaded file goes through a scanner before it is stored. The
 * default scanner recognises the EICAR test file, so the hook is real and tested end to end; a ClamAV adapter
 * (clamd INSTREAM over TCP) implements the same interface and is plugged in with `setVirusScanner`.
 */
export type ScanVerdict = { ok: true } | { ok: false; reason: string };

export interface VirusScanner {
  scanFile(buffer: Buffer): Promise<ScanVerdict>;
}

/** The EICAR anti-virus test string (a harmless file every scanner reports as infected). */
export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
const EICAR_BYTES = Buffer.from(EICAR, "latin1");

export const eicarScanner: VirusScanner = {
  async scanFile(buffer) {
    return buffer.includes(EICAR_BYTES) ? { ok: false, reason: "EICAR-Test-File" } : { ok: true };
  },
};

let current: VirusScanner = eicarScanner;

export function virusScanner(): VirusScanner {
  return current;
}

/** Replaces the scanner for the whole process (e.g. a ClamAV adapter at boot); returns the previous one. */
export function setVirusScanner(scanner: VirusScanner): VirusScanner {
  const previous = current;
  current = scanner;
  return previous;
}
