export {
  DUTCH_TIME_ZONE,
  dutchDate,
  formatDutch,
  formatDutchDate,
  zoneOffsetMinutes,
  zonedDate,
  zonedDateTime,
  zonedFormatter,
  zonedIso,
  type DutchTimeStyle,
} from './lib/dutch-time';
export { dutchPhoneDigits, formatDutchPhone } from './lib/phone';
