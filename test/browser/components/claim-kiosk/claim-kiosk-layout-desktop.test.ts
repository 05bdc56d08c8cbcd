import { kioskReservesItsSize } from './reserved-size.js';

kioskReservesItsSize('desktop');
