/** Stands in for `factdesk:bundled-record` in unit tests (see use-bundled-record.ts). */
import { bundledRecord } from '../../helpers/record';

export default bundledRecord();
