import net from "node:net";

/**
 * A TCP relay in front of a real server that can be "frozen": bytes stop flowing both ways while
 * every socket stays open, which is what a client sees when the database host is stopped
 * (SIGSTOP, a VM pause, a black-holed route). Lets one test freeze its own path to the shared
 * test PostgreSQL without disturbing other test files.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  let frozen = false;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    open.add(client);
    client.on("close", () => open.delete(client));
    const relay = (from: net.Socket, to: net.Socket) =>
      from.on("data", (chunk) => {
        if (!frozen) to.write(chunk);
      });
    relay(client, upstream);
    relay(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    freeze: () => void (frozen = true),
    thaw: () => void (frozen = false),
    /** Client connections still open (a probe that gave up must have closed its own). */
    openConnections: () => open.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
