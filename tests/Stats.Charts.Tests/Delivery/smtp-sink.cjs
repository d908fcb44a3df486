// A real SMTP server for the delivery tests (npm package smtp-server; NODE_PATH points at its node_modules).
// Usage: node smtp-sink.cjs <port> <folder> [<user> <password>]
// Listens on 127.0.0.1:<port> without TLS and accepts every message, writing it raw as <n>.eml into <folder> with its
// envelope in <n>.json (written first; the .eml appears by rename, so a visible .eml is complete). With <user> and
// <password> it requires AUTH (PLAIN or LOGIN) with exactly those. Recipients at refused.invalid get 550, at
// defer.invalid 451, so tests can see permanent and transient refusals. Prints "listening" once ready.
'use strict';
const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');

const [portText, folder, user, password] = process.argv.slice(2);
const port = Number(portText);
if (!Number.isInteger(port) || !folder) {
  console.error('usage: node smtp-sink.cjs <port> <folder> [<user> <password>]');
  process.exit(2);
}
fs.mkdirSync(folder, { recursive: true });
const requireAuth = typeof user === 'string' && user.length > 0;
let count = 0;

function refusal(message, code) {
  const error = new Error(message);
  error.responseCode = code;
  return error;
}

const server = new SMTPServer({
  secure: false,
  disabledCommands: requireAuth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
  authOptional: !requireAuth,
  allowInsecureAuth: true,
  authMethods: ['PLAIN', 'LOGIN'],
  logger: false,
  size: 50 * 1024 * 1024,
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      return callback(null, { user: auth.username });
    }
    return callback(refusal('Authentication credentials invalid', 535));
  },
  onRcptTo(address, session, callback) {
    const domain = address.address.split('@').pop().toLowerCase();
    if (domain === 'refused.invalid') return callback(refusal('Mailbox unavailable', 550));
    if (domain === 'defer.invalid') return callback(refusal('Mailbox busy, try again later', 451));
    return callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      count += 1;
      const name = String(count).padStart(4, '0');
      const envelope = {
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        user: session.user || null,
      };
      fs.writeFileSync(path.join(folder, name + '.json'), JSON.stringify(envelope));
      fs.writeFileSync(path.join(folder, name + '.eml.part'), Buffer.concat(chunks));
      fs.renameSync(path.join(folder, name + '.eml.part'), path.join(folder, name + '.eml'));
      callback(null, 'Queued as ' + name);
    });
  },
});

server.on('error', (error) => console.error('smtp-sink: ' + error.message));
server.listen(port, '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
