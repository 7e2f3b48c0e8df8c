/**
 * The money side: projects, contracts, bids, fund programmes, accounts and the transfers
 * between them.
 */
package org.oversight.finance;
