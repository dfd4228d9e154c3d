import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import type { Backend, BackendOptions } from '../backend';
import { createBackend } from '../create-backend';
import { createHandlers } from '../handlers';
import { MAX_BODY_BYTES } from './pipeline';

export interface MockHttpServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  backend: Backend;
  close(): Promise<void>;
}

export interface MockHttpServerOptions extends Pick<BackendOptions, 'scenario' | 'settings'> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/**
 * The mock backend over plain HTTP, for SDKs, curl and API tests without a browser: the same
 * handlers, scenarios, settings and tokens as the service worker, each Node request handed to MSW
 * as a fetch `Request`. The db lives in this process's memory; `POST /mock/reset` reseeds it.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const backend = createBackend({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const handlers = createHandlers(backend);
  const server = createServer((req, res) => {
    void answer(handlers, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    backend,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const imsErrorBody = (code: string, message: string) => JSON.stringify({ error: { code, message } });

async function readRequestBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Stop reading early: the pipeline would refuse it anyway, and memory stays bounded.
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function answer(handlers: readonly HttpHandler[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body);
  };
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readRequestBody(req);
    if (body === 'too-large')
      return send(
        413,
        imsErrorBody('APIGW.0413', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`),
      );
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const request = new Request(url, {
      method,
      headers,
      ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
    });
    const response = await getResponse([...handlers], request);
    if (!response) return send(404, imsErrorBody('APIGW.0101', `No API answers ${method} ${url.pathname}.`));
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    send(500, imsErrorBody('IMG.0500', `The mock failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}
