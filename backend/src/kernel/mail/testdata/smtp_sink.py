#!/usr/bin/env python3
"""A small SMTP server for the notify tests, on Debian's python3-aiosmtpd.

    /usr/bin/python3 smtp_sink.py FOLDER

Listens on 127.0.0.1 on a port the system picks and writes that port to FOLDER/port once it
accepts connections. Each message received becomes FOLDER/NNN.eml (the raw bytes) and
FOLDER/NNN.json (the envelope, and what Python's own e-mail parser decodes: subject, names,
charset, body), written last so that its presence means the message is complete. A recipient
starting with "reject" is refused with 550. Stops on SIGTERM.
"""
import asyncio
import email
import email.policy
import json
import os
import signal
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%03d" % self.count)
        raw = envelope.original_content if envelope.original_content is not None else envelope.content
        with open(base + ".eml", "wb") as out:
            out.write(raw)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(("plain",))
        to = message["to"]
        sender = message["from"]
        info = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "to_name": to.addresses[0].display_name if to is not None else None,
            "to_address": to.addresses[0].addr_spec if to is not None else None,
            "from_name": sender.addresses[0].display_name if sender is not None else None,
            "date": str(message["date"]),
            "message_id": str(message["message-id"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "transfer_encoding": str(message["content-transfer-encoding"]),
            "content_language": str(message["content-language"]),
            "text": body.get_content() if body is not None else None,
            "defects": [type(defect).__name__ for defect in message.defects],
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as out:
            json.dump(info, out, ensure_ascii=False)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 Message accepted for delivery"


async def main(folder):
    handler = Sink(folder)
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    # hostname given: aiosmtpd would otherwise look up this machine's FQDN, which can be slow.
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", decode_data=False, enable_SMTPUTF8=True), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(os.path.join(folder, "port.tmp"), "w") as out:
        out.write(str(port))
    os.rename(os.path.join(folder, "port.tmp"), os.path.join(folder, "port"))
    await stop
    server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
