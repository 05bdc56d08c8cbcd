import { kioskReservesItsSize } from './reserved-size.js';

kioskReservesItsSize('phone');
