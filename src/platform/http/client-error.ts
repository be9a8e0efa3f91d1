import type { Socket } from "node:net";

/**
 * Requests Node refuses before the app sees them (a request line or headers over its limit, malformed HTTP). There is
 * no route and so no language yet: the page says it in Vietnamese first, then English, in plain text.
 */
const MESSAGES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ. Vui lòng kiểm tra lại địa chỉ.\nBad request. Please check the address.",
  408: "Yêu cầu gửi quá chậm nên đã bị dừng. Vui lòng thử lại.\nRequest timeout. Please try again.",
  431: "Địa chỉ hoặc phần đầu yêu cầu quá dài. Vui lòng rút ngắn địa chỉ (ví dụ: từ khóa tìm kiếm) rồi thử lại.\nRequest header or address too long. Please shorten it and try again.",
};

const REASONS: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

export function clientErrorStatus(code: string | undefined): number {
  if (code === "HPE_HEADER_OVERFLOW") return 431;
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  return 400;
}

export function clientErrorResponse(status: number): string {
  const body = Buffer.from(`${MESSAGES[status] ?? MESSAGES[400]}\n`, "utf8");
  return (
    `HTTP/1.1 ${status} ${REASONS[status] ?? REASONS[400]}\r\n` +
    "Content-Type: text/plain; charset=utf-8\r\n" +
    `Content-Length: ${body.length}\r\n` +
    "Connection: close\r\n\r\n" +
    body.toString("utf8")
  );
}

/** Fastify's `clientErrorHandler`: answers in Vietnamese (and English) instead of Node's English JSON. */
export function handleClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(clientErrorStatus(err.code)));
}
