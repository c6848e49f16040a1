import { type Browser, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/**
 * Debian's Chromium, headless, with nothing reaching out to the network (this machine has
 * none, and a test must not depend on it): the flags the workplace documents.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Vite's dev server on a free loopback port, serving the project root. */
export async function startVite(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not report its port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}
