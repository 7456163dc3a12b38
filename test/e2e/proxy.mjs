// A TCP proxy between Chromium and the receiver that can cut the link in the middle of an upload, as a weak mobile
// connection does: once armed, it counts the bytes going up and, past the given amount, destroys both sides of the
// connection that carried them. Nothing about HTTP or tus is known here, so the cut lands wherever the bytes are.
import { createServer, connect } from 'node:net';

export async function startCuttingProxy(targetPort) {
  let armed;
  let cuts = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(targetPort, 'localhost');
    sockets.add(client).add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('data', (chunk) => {
      if (armed) {
        armed.seen += chunk.length;
        if (armed.seen >= armed.after) {
          // Forward what fits below the cut, then drop the link mid-request.
          const keep = chunk.length - (armed.seen - armed.after);
          if (keep > 0) upstream.write(chunk.subarray(0, keep));
          const done = armed.done;
          armed = undefined;
          cuts++;
          setTimeout(closeBoth, 50);
          done();
          return;
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  const port = server.address().port;
  return {
    url: `http://localhost:${port}/`,
    port,
    get cuts() {
      return cuts;
    },
    /** Cuts the connection that carries the `after`-th byte sent up from now on; resolves when it has. */
    cutAfter(after) {
      return new Promise((done) => {
        armed = { after, seen: 0, done };
      });
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
