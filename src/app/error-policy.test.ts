import { describe, expect, it } from 'vitest';
import { ApiError, isTransientError } from '../api/client';
import { errorToast, retryDelay, shouldRetryQuery } from './error-policy';

const api = (status: number, message = 'went wrong') => new ApiError({ status, code: `IMS.${status}`, message });

describe('errorToast', () => {
  it.each([
    [api(401, 'token expired'), 'You are not signed in: token expired'],
    [api(403, 'read-only role'), 'Not allowed: read-only role'],
    [api(500, 'boom'), 'The service failed (500), nothing was changed: boom'],
    [api(503, 'busy'), 'The service failed (503), nothing was changed: busy'],
    [new TypeError('Failed to fetch'), 'Could not reach the service. Check the connection and try again.'],
  ])('announces a failed write: %s', (error, text) => {
    expect(errorToast(error, 'mutation')).toBe(text);
  });

  it.each([
    [api(500, 'boom'), 'Could not refresh (the service answered 500): what the page shows may be out of date.'],
    [new TypeError('Failed to fetch'), 'Could not reach the service: what the page shows may be out of date.'],
    [api(403, 'read-only role'), 'Not allowed: read-only role'],
  ])('announces a failed read as the page being behind, never as a failed write: %s', (error, text) => {
    expect(errorToast(error, 'query')).toBe(text);
  });

  it.each([
    ['a 400 rule or field error (the dialog shows it inline)', api(400)],
    ['a 404 (the page shows it)', api(404)],
    ['a 409 conflict', api(409)],
    ['an unexpected response body', new Error('Invalid input')],
  ])('stays quiet on %s', (_, error) => {
    expect(errorToast(error)).toBeNull();
  });
});

describe('retries', () => {
  it('treats 5xx and network failures as transient, refusals not', () => {
    expect(isTransientError(api(500))).toBe(true);
    expect(isTransientError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isTransientError(api(400))).toBe(false);
    expect(isTransientError(api(403))).toBe(false);
    expect(isTransientError(api(404))).toBe(false);
    expect(isTransientError(new Error('parse'))).toBe(false);
  });

  it('retries a transient error twice, then gives up', () => {
    expect(shouldRetryQuery(0, api(502))).toBe(true);
    expect(shouldRetryQuery(1, api(502))).toBe(true);
    expect(shouldRetryQuery(2, api(502))).toBe(false);
  });

  it('never retries a 4xx', () => {
    expect(shouldRetryQuery(0, api(404))).toBe(false);
  });

  it('backs off but not for long', () => {
    expect(retryDelay(0)).toBe(300);
    expect(retryDelay(1)).toBe(600);
    expect(retryDelay(5)).toBe(2000);
  });
});
