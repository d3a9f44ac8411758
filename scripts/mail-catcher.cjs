#!/usr/bin/env node
// A real SMTP server that keeps every message it receives, with a small HTTP API to read them:
//   GET /messages            → [{ id, from, to, subject, text, date }] newest last
//   DELETE /messages         → forget them all
// Used by `npm run demo` (SMTP 1025, web 1080) and by the tests (any free ports).
const http = require('node:http');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

function startMailCatcher({ smtpPort = 1025, httpPort = 1080, host = '127.0.0.1' } = {}) {
  const messages = [];
  let next = 1;
  // Tests: a mail server that stalls holds each new message before accepting its sender.
  let holding = false;
  const held = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(address, session, callback) {
      if (holding) held.push(callback);
      else callback();
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            id: next++,
            from: mail.from?.text ?? '',
            to: (Array.isArray(mail.to) ? mail.to : [mail.to]).filter(Boolean).map((a) => a.text).join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            headers: Object.fromEntries([...mail.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
            date: new Date().toISOString(),
          });
          done();
        })
        .catch(done);
    },
  });
  const web = http.createServer((req, res) => {
    if (req.url === '/messages' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(messages));
    }
    if (req.url === '/messages' && req.method === 'DELETE') {
      messages.length = 0;
      res.writeHead(204);
      return res.end();
    }
    if (req.url === '/' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
      return res.end(`<!doctype html><html lang="nl"><meta charset="utf-8"><title>Loket mail</title><body style="font-family:sans-serif;max-width:60rem;margin:2rem auto">
<h1>Verstuurde e-mail (${messages.length})</h1>${[...messages].reverse().map((m) => `<article style="border:1px solid #ccc;padding:1rem;margin:1rem 0"><h2>${esc(m.subject)}</h2><p><b>Aan:</b> ${esc(m.to)}<br><b>Van:</b> ${esc(m.from)}<br><b>Tijd:</b> ${esc(m.date)}</p><pre style="white-space:pre-wrap">${esc(m.text)}</pre></article>`).join('')}</body></html>`);
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve, reject) => {
    smtp.on('error', reject);
    smtp.listen(smtpPort, host, () => {
      web.listen(httpPort, host, () => {
        resolve({
          smtpPort: smtp.server.address().port,
          httpPort: web.address().port,
          messages,
          /** Holds every new message before its sender is accepted; `waiting()` counts them. */
          hold: () => {
            holding = true;
          },
          waiting: () => held.length,
          /** Accepts the held messages and stops holding. */
          release: () => {
            holding = false;
            for (const callback of held.splice(0)) callback();
          },
          close: () => new Promise((r) => smtp.close(() => web.close(() => r()))),
        });
      });
    });
  });
}

module.exports = { startMailCatcher };

if (require.main === module) {
  startMailCatcher({ smtpPort: Number(process.env.SMTP_PORT ?? 1025), httpPort: Number(process.env.MAIL_WEB_PORT ?? 1080) }).then((c) =>
    console.log(`Mail catcher: SMTP on 127.0.0.1:${c.smtpPort}, messages at http://127.0.0.1:${c.httpPort}/`),
  );
}
