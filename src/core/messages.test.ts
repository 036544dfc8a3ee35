import { describe, expect, it } from 'vitest';
import { messageText } from '../i18n/translate';
import { message, messageInError, MessageError } from './messages';

describe('messages from the core', () => {
  it('cross the worker boundary inside an error text and come back as the same message', () => {
    const error = new MessageError(message('err.fileShorterThanWindow', { window: 4, rows: 3 }));
    // Comlink re-creates the error from its text alone.
    const received = new Error(error.message);
    const content = messageInError(received.message)!;
    expect(messageText('en', content)).toBe('This model reads windows of 4 rows; the file has 3.');
    expect(messageText('zh', content)).toBe('这个模型读取 4 行的窗口；而文件只有 3 行。');
    expect(messageInError('a plain error')).toBeNull();
    expect(messageInError('lab-message:{broken')).toBeNull();
  });
});
