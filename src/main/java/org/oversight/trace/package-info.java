/**
 * Money trails: following funds, allocations and payments through the accounts of every
 * level, with the amounts per hop and level and the places where allocated, disbursed and
 * received amounts disagree.
 */
package org.oversight.trace;
