/**
 * Rural households (农户): their eligibility for poverty registration (建档立卡) and the
 * minimum living allowance (低保), their members, and the livelihood subsidies (惠民补贴) paid
 * to them from public accounts, where "follow the funds" ends.
 */
package org.oversight.household;
