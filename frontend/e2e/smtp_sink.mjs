// A small SMTP server on loopback for the browser tests: the enlace server sends its e-mail here
// (serve --smtp), and tests read the messages back, decoded (quoted-printable bodies as the
// server writes them), to follow the links they carry. Enough of SMTP for curl: EHLO, MAIL, RCPT,
// DATA, QUIT; no TLS, no authentication.

import { createServer } from "node:net";

/** @typedef {{ to: string[], headers: string, text: string }} SunkMessage */

/** @param {string} body */
function decodeQuotedPrintable(body) {
  const bytes = Buffer.from(body.replace(/=\r?\n/g, ""), "latin1");
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes.subarray(i + 1, i + 3).toString("latin1");
    if (bytes[i] === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(bytes[i]);
    }
  }
  return Buffer.from(out).toString("utf8");
}

/** @returns {Promise<{ url: string, messages: SunkMessage[], stop: () => Promise<void> }>} */
export async function startSmtpSink() {
  /** @type {SunkMessage[]} */
  const messages = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    /** @type {string[]} */
    let lines = [];
    /** @type {string[]} */
    let to = [];
    socket.on("error", () => {});
    socket.write("220 enlace-e2e-sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (let at = buffer.indexOf("\r\n"); at >= 0; at = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (inData) {
          if (line === ".") {
            const raw = lines.join("\r\n");
            const split = raw.indexOf("\r\n\r\n");
            const headers = split >= 0 ? raw.slice(0, split) : raw;
            const body = split >= 0 ? raw.slice(split + 4) : "";
            const text = /quoted-printable/i.test(headers) ? decodeQuotedPrintable(body) : Buffer.from(body, "latin1").toString("utf8");
            messages.push({ to, headers, text });
            inData = false;
            lines = [];
            to = [];
            socket.write("250 2.0.0 queued\r\n");
          } else {
            lines.push(line.startsWith("..") ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 enlace-e2e-sink\r\n");
        else if (verb === "RCPT") {
          to.push(line.replace(/^RCPT TO:\s*<?([^>\s]*)>?.*$/i, "$1"));
          socket.write("250 2.1.5 ok\r\n");
        } else if (verb === "DATA") {
          inData = true;
          socket.write("354 end with <CRLF>.<CRLF>\r\n");
        } else if (verb === "QUIT") socket.end("221 2.0.0 bye\r\n");
        else socket.write("250 ok\r\n"); // MAIL, RSET, NOOP
      }
    });
  });
  server.unref(); // never what keeps the test runner alive
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
