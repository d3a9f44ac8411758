import type { Address } from '@loket/web/api-types';
import { formatAddressLines } from '../format/format';

/** A postal address as an `<address>`, one line each for street and place. */
export function AddressLines({ address }: { address: Address }) {
  return (
    <address className="address">
      {formatAddressLines(address).map((line) => (
        <span key={line} className="address__line">
          {line}
        </span>
      ))}
    </address>
  );
}
