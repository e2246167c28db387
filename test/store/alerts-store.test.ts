import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAlertNumber } from '../../src/store/index.js';
import { createManualClock, createTempStore } from '../support/temp-store.js';
import { storeSampleAlert } from '../support/sample-alert.js';

let temp: ReturnType<typeof createTempStore>;
let time: ReturnType<typeof createManualClock>;
beforeEach(() => {
  time = createManualClock('2026-12-31T23:00:00.000Z');
  temp = createTempStore({ clock: time.clock });
});
afterEach(() => temp.cleanup());

describe('alert numbers', () => {
  it('count up within a year and restart at 0001 in the next', () => {
    expect(storeSampleAlert(temp.store, ['console'], 'a').number).toBe('LW-2026-0001');
    expect(storeSampleAlert(temp.store, ['console'], 'b').number).toBe('LW-2026-0002');
    time.advance(2 * 60 * 60 * 1000);
    expect(storeSampleAlert(temp.store, ['console'], 'c').number).toBe('LW-2027-0001');
    expect(temp.store.alerts.getByNumber('lw-2026-0002')?.number).toBe('LW-2026-0002');
  });
  it('grow past four digits without colliding', () => {
    expect(formatAlertNumber(2026, 42)).toBe('LW-2026-0042');
    expect(formatAlertNumber(2026, 12345)).toBe('LW-2026-12345');
  });
  it('queue one delivery per destination, and no duplicate for the same destination', () => {
    const alert = storeSampleAlert(temp.store, ['telegram:-1', 'telegram:-2:7']);
    expect(temp.store.alerts.addDelivery(alert.id, 'telegram:-1')).toBe(false);
    expect(temp.store.alerts.addDelivery(alert.id, 'telegram:-3')).toBe(true);
    expect(temp.store.alerts.deliveriesOf(alert.id).map((delivery) => delivery.destination)).toEqual(['telegram:-1', 'telegram:-2:7', 'telegram:-3']);
  });
});
