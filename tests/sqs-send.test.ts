// functions/sqs-send.ts against an HTTP server on loopback that answers as SQS's JSON protocol does:
// the request SQS expects (signed, AWS JSON 1.0, the queue URL's origin as endpoint), what the
// SDK's client did besides (retries of throttling and transient failures only, MD5 digests checked).
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createS3Client } from '../functions/s3.js';
import { sqsSender } from '../functions/sqs-send.js';

interface Received {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = (request: Received) => { status: number; body: unknown };

let server: Server | undefined;

/** A server answering the n-th request with answers[n] (the last one after that); its queue URL and what it received. */
async function sqsServer(...answers: Answer[]): Promise<{ queueUrl: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const request = { method: req.method, url: req.url, headers: req.headers, body };
      received.push(request);
      const answer = answers[Math.min(received.length, answers.length) - 1](request);
      res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { queueUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/123456789012/uploads`, received };
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const s3 = createS3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const send = sqsSender(s3);
const entries = [
  { Id: '0', MessageBody: '{"mtqa":"recheck","key":"a.txt"}' },
  { Id: '1', MessageBody: '{"mtqa":"recheck","key":"b.txt"}' },
];
const md5 = (s: string) => createHash('md5').update(s).digest('hex');
/** SQS's answer when it took every entry of the request. */
const tookAll: Answer = (r) => ({
  status: 200,
  body: { Successful: (JSON.parse(r.body) as { Entries: typeof entries }).Entries.map((e) => ({ Id: e.Id, MessageId: `m${e.Id}`, MD5OfMessageBody: md5(e.MessageBody) })) },
});

describe('SendMessageBatch without the SQS client', () => {
  it('posts the batch as AWS JSON 1.0 to the queue URL’s origin, signed for SQS in the client’s region', async () => {
    const { queueUrl, received } = await sqsServer(tookAll);
    const result = await send(queueUrl, entries);
    expect(result.Successful?.map((s) => s.MessageId)).toEqual(['m0', 'm1']);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect([request.method, request.url]).toEqual(['POST', '/']);
    expect(request.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(request.headers['x-amz-target']).toBe('AmazonSQS.SendMessageBatch');
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/sqs\/aws4_request, SignedHeaders=\S*content-type;host;\S*x-amz-target, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(request.body)).toEqual({ QueueUrl: queueUrl, Entries: entries });
  });

  it('returns the entries SQS refused', async () => {
    const { queueUrl } = await sqsServer(() => ({ status: 200, body: { Successful: [], Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }] } }));
    expect((await send(queueUrl, entries)).Failed).toEqual([{ Id: '1', Code: 'InternalError', SenderFault: false }]);
  });

  it('retries throttling and server errors, as the S3 client does', async () => {
    const { queueUrl, received } = await sqsServer(
      () => ({ status: 400, body: { __type: 'com.amazonaws.sqs#RequestThrottled', message: 'slow down' } }),
      () => ({ status: 503, body: {} }),
      tookAll,
    );
    expect((await send(queueUrl, entries)).Successful).toHaveLength(2);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
  });

  it('gives up after the S3 client’s number of attempts', async () => {
    const { queueUrl, received } = await sqsServer(() => ({ status: 500, body: { __type: 'com.amazonaws.sqs#InternalError' } }));
    await expect(send(queueUrl, entries)).rejects.toMatchObject({ name: 'InternalError', $metadata: { httpStatusCode: 500 } });
    expect(received).toHaveLength(5);
  });

  it('fails at once on an error that another attempt cannot mend, naming it', async () => {
    const { queueUrl, received } = await sqsServer(() => ({ status: 400, body: { __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: 'The specified queue does not exist.' } }));
    await expect(send(queueUrl, entries)).rejects.toThrow('SQS SendMessageBatch: QueueDoesNotExist: The specified queue does not exist.');
    expect(received).toHaveLength(1);
  });

  it('fails when SQS’s MD5 digest of a body is not the body’s', async () => {
    const { queueUrl } = await sqsServer((r) => {
      const answer = tookAll(r) as { status: number; body: { Successful: { MD5OfMessageBody: string }[] } };
      answer.body.Successful[1].MD5OfMessageBody = md5('something else');
      return answer;
    });
    await expect(send(queueUrl, entries)).rejects.toThrow('Invalid MD5 checksum on messages: m1');
  });
});
