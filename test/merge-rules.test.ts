// Every rule of rules/fields.json has a case here that fires it, checked by the rule id it leaves
// (cue rules on the fact's tag, party rules on the source summary); a rule without a case fails.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawFact } from "../src/extract/types.js";
import { summarizeSource, tagFields } from "../src/merge/fields.js";
import { extractAll } from "../src/extract/index.js";
import type { DealSummary } from "../src/merge/parties.js";
import { findMentions } from "../src/merge/text.js";
import type { FactType } from "../src/model.js";

const rules = JSON.parse(readFileSync(join(import.meta.dirname, "..", "rules", "fields.json"), "utf8"));

type Case = [id: string, text: string, sub: string, type: FactType, value: Record<string, unknown>];
const usd = (amount: number, qualifier?: string) => ({ amount, currency: "USD", ...(qualifier ? { qualifier } : {}) });
const CUES: Case[] = [
  ["value.noun-after", "Alder Ltd signed a $2 billion supply deal with Birch Co.", "$2 billion", "money", usd(2e9)],
  ["value.worth", "Alder Ltd and Birch Co announced a deal worth $2 billion.", "$2 billion", "money", usd(2e9)],
  ["value.worth", "Alder Air placed a 500-aircraft order estimated at $50 billion with Birch Co.", "$50 billion", "money", usd(5e10)],
  ["value.cost-of-deal", "Alder Ltd raised its bid price for Birch Co by 13.6%, increasing the cost for the tender offer to up to 2.3 trillion won.", "2.3 trillion won", "money", { amount: 2.3e12, currency: "KRW", qualifier: "up to" }],
  ["value.worth", "Alder Ltd raised its bid for Birch Co, which makes the tender offer now worth as much as $1.7 billion.", "$1.7 billion", "money", usd(1.7e9, "as much as")],
  ["value.total-investment", "Alder Ltd and Birch Co will build a car plant. Total investment for the project is estimated to exceed $500 million, they said.", "$500 million", "money", usd(5e8)],
  ["value.party-is-to-pay", "Alder Ltd is selling its division Cedar Breweries to Birch Co. Birch Co is to pay 16 billion Australian dollars and will also have the right to brew its brands.", "16 billion Australian dollars", "money", { amount: 1.6e10, currency: "AUD" }],
  ["value.list-price", "Alder Air ordered 300 jets from Birch Co with a combined list price of about $30 billion.", "$30 billion", "money", usd(3e10, "about")],
  ["value.at-list-prices", "Alder Air has ordered 500 aircraft from Birch Co worth more than $60 billion at advertised prices.", "$60 billion", "money", usd(6e10, "more than")],
  ["value.worth", "Alder Ltd announced Wednesday that it is buying Birch Co in an all-stock deal that it valued at $3.7 billion.", "$3.7 billion", "money", usd(3.7e9)],
  ["value.deal-values", "The takeover bid values Birch Co, Spain’s fourth-largest banking group by market capitalisation, at almost €11.5 billion.", "€11.5 billion", "money", { amount: 11.5e9, currency: "EUR", qualifier: "almost" }],
  ["value.been-valued-at", "Following the takeover news, Birch Co has been valued at $10.2 billion or $77.5 per share, a 34% premium, by Alder Ltd.", "$10.2 billion", "money", usd(10.2e9)],
  ["value.deal-values", "Alder Ltd will sell 60 per cent of its fibre unit to Birch Co. The transaction values the unit at an enterprise value of $4 billion.", "$4 billion", "money", usd(4e9)],
  ["value.amount-value", "Alder Ltd is selling 60% of its fibre unit to Birch Co. Alder Ltd calls it a $4bn enterprise value.", "$4bn", "money", usd(4e9)],
  ["value.enterprise-value-is", "Alder Ltd is selling 60% of its fibre unit to Birch Co. Alder Ltd puts the enterprise value at $4bn.", "$4bn", "money", usd(4e9)],
  ["value.pay-for-stake", "Alder Ltd will buy into Birch Co. It pays about $57 million now for 25%, and holds an option on more.", "$57 million", "money", usd(5.7e7, "about")],
  // The stake of a seller that is no party, named in the possessive.
  ["value.pay-for-stake", "The deal saw Alder Ltd fork out some $7.4 billion for Kestrel Group's 73-percent stake in Birch Co.", "$7.4 billion", "money", usd(7.4e9, "some")],
  ["value.stake-for", "Alder Ltd will take a minority position in Birch Co. The first step is a 25% stake for about $57 million.", "$57 million", "money", usd(5.7e7, "about")],
  ["value.valued-deal-at", "Alder Ltd signed a six-year supply agreement with Birch Co. The companies valued the contract at about $2.9 billion.", "$2.9 billion", "money", usd(2.9e9, "about")],
  ["value.total-of", "We have agreed to acquire Birch Co from Alder Ltd for a total consideration of approximately $3.6 billion.", "$3.6 billion", "money", usd(3.6e9, "approximately")],
  ["value.taking-value-to", "Alder Ltd lifted its offer for Birch Co to $2.75 a share, taking the equity value to $3.44bn from $3.0bn.", "$3.44bn", "money", usd(3.44e9)],
  ["value.raise-bid-to", "Alder Ltd raises hostile bid for Birch Co to $3.44 billion", "$3.44 billion", "money", usd(3.44e9)],
  ["value.raise-bid-to", "Alder Ltd has raised its bid for media and real estate company Birch Co Ltd (BCO) BCO.SI to about S$3.9 billion, the companies said.", "S$3.9 billion", "money", { amount: 3.9e9, currency: "SGD", qualifier: "about" }],
  ["value.offer-valuing", "Alder Ltd raised its takeover offer for Birch Co on Monday to $2.75 a share in cash, valuing the target at about $3.44 billion.", "$3.44 billion", "money", usd(3.44e9, "about")],
  ["announced.deals-with-list-on", "The league announced 11-year global media rights deals with Alder Ltd, Cedar Media and Birch Co on Wednesday worth a reported $76 billion.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.verb-deal-on", "Alder Ltd raised its hostile takeover offer for lithium and copper miner Birch Co Ltd on Monday to $2.75 a share.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.agreed-to-on", "LONDON – Alder Ltd agreed to buy London-listed Birch Co for 45.3 billion pounds on Tuesday after it raised the cash in its offer.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.agreed-to-on", "Alder Ltd agreed to buy Birch Co for $3.2 billion on Sunday, in a deal engineered by regulators.", "Sunday", "date", { iso: "2026-01-04" }],
  ["announced.agreed-to-on", "Alder Mining Corporation (TSX:ADM) entered into a definitive agreement to acquire Birch Inc. (TSX:BRC) for CAD 1 billion on March 23, 2020. Under the transaction, Alder will issue shares.", "March 23, 2020", "date", { iso: "2020-03-23" }],
  ["value.raise-bid-to", "Alder Ltd has increased its offer to buy Birch Co to $2.9 billion, a week after a panel ruled.", "$2.9 billion", "money", usd(2.9e9)],
  ["value.consideration", "Birch Co announced the disposal of its tower to Alder Ltd for a headline consideration of $1.2bn.", "$1.2bn", "money", usd(1.2e9)],
  ["value.amount-stake", "Birch Co sold a US$10.1 billion stake in its natural-gas pipelines to a consortium led by Alder Ltd.", "US$10.1 billion", "money", usd(10.1e9)],
  ["value.amount-stake", "Alder Boss Becomes Birch Co's Biggest Shareholder By Acquiring $9 Billion Stake", "$9 Billion", "money", usd(9e9)],
  ["value.consideration", "Alder Ltd will pay Birch Co $5.5 billion in the agreement, which has a total potential consideration of up to $22 billion.", "$22 billion", "money", usd(22e9, "up to")],
  ["value.worth", "Alder Ltd has agreed to buy Birch Co in a cash-and-stock deal worth up to $4 billion including an earn-out.", "$4 billion", "money", usd(4e9, "up to")],
  ["announced.confirmed-that", "BIRCH CO confirmed today that a quarter of the club has been sold to Alder Ltd.", "today", "date", { iso: "2026-01-06" }],
  ["announced.statement-released", "Alder Ltd will pay $47.25 a share for Birch Co, according to a statement released before the US market opened on January 6.", "January 6", "date", { iso: "2026-01-06" }],
  ["value.worth", "Alder Ltd has placed a firm order for 60 Birch Co AV220 narrowbody jets worth $7.3 billion at list prices.", "$7.3 billion", "money", usd(7.3e9)],
  ["announced.verb-before", "Alder Ltd signed an order for 60 Birch Co jets, which the two companies announced at the Farnborough Airshow on January 6.", "January 6", "date", { iso: "2026-01-06" }],
  ["value.pay-for-rights", "Alder Ltd has agreed to pay about $1.3 billion for the British rights to Birch Co.", "$1.3 billion", "money", usd(1.3e9, "about")],
  ["value.pay-for-rights", "Alder Ltd won the rights to Birch Co, and will pay $210 million a season.", "$210 million", "money", usd(2.1e8)],
  ["value.rights-at", "Alder Ltd takes the Birch Co's UK live rights at $210 million a season.", "$210 million", "money", usd(2.1e8)],
  ["value.pay-party-for", "Alder Ltd will pay Birch Co $11.6 billion for computing capacity over six years.", "$11.6 billion", "money", usd(1.16e10)],
  ["value.pay-over-term", "Alder Ltd renewed its contract with the league, paying the league $11 billion over the period.", "$11 billion", "money", usd(1.1e10)],
  ["value.worth", "Alder Ltd will supply Birch Co, in a deal the two companies said was worth tens of billions of dollars.", "tens of billions of dollars", "money", usd(1e10, "tens of billions")],
  ["value.buy-for", "Alder Ltd will acquire Birch Co for $2 billion.", "$2 billion", "money", usd(2e9)],
  ["value.price-of", "Alder Ltd has purchased a 23.77-per-cent share in Birch Co from Cedar Group, the exchange said on Monday, for a total sale price of US$4.07-billion.", "US$4.07-billion", "money", usd(4.07e9)],
  ["value.price-of", "Alder Ltd will buy Birch Co. The purchase price is $4 billion.", "$4 billion", "money", usd(4e9)],
  ["value.invest-in-party", "Alder Ltd and Birch Co announced that Alder Ltd will invest $2 billion in Birch Co.", "$2 billion", "money", usd(2e9)],
  ["value.put-into-party", "Alder Ltd and Birch Co announced a partnership. Alder Ltd is putting about $2.2bn into Birch Co.", "$2.2bn", "money", usd(2.2e9, "about")],
  ["value.buy-for", "According to the report, the winning bid was placed by Alder Ltd and Birch Co for 4.1 billion shekels.", "4.1 billion shekels", "money", { amount: 4.1e9, currency: "ILS" }],
  ["value.invest-in-described", "Alder Ltd will invest ₹26,853 crore in the private lender through a preferential issue of shares, Birch Co said.", "₹26,853 crore", "money", { amount: 268.53e9, currency: "INR" }],
  ["value.raised", "Birch Co raised $300 million led by Alder Ltd.", "$300 million", "money", usd(3e8)],
  ["value.headline", "Alder Ltd will buy Birch Co. Headline value with the full CVR: $8.9bn.", "$8.9bn", "money", usd(8.9e9)],
  ["value.deal-values", "Alder Ltd and Birch Co will merge. At the undisturbed close the ratio valued Birch Co at BRL 10.2bn.", "BRL 10.2bn", "money", { amount: 1.02e10, currency: "BRL" }],
  ["value.noun-after", "Alder Ltd and Birch Co to merge in R$9.8 billion share swap", "R$9.8 billion", "money", { amount: 9.8e9, currency: "BRL" }],
  ["value.total-of", "Birch Co will license its drug to Alder Ltd for US$250 million upfront, for a total potential deal value of up to US$1.9 billion.", "US$1.9 billion", "money", usd(1.9e9, "up to")],
  ["value.worth", "Alder Ltd and Birch Co agreed on Monday to combine in an all-stock merger of equals valued at $4.3 billion.", "$4.3 billion", "money", usd(4.3e9)],
  ["value.buy-for", "Alder Ltd has ordered twelve container ships from Birch Co for $2.62 billion.", "$2.62 billion", "money", usd(2.62e9)],
  ["value.buy-for", "Software provider Birch Co has agreed to be taken private by a US investor for £340million.", "£340million", "money", { amount: 3.4e8, currency: "GBP" }],
  ["value.buy-for", "Alder Ltd will take Birch Co private for $2 billion.", "$2 billion", "money", usd(2e9)],
  // A lease won, and a lease granted.
  ["value.buy-for", "The 50-year lease of the port has been won by a consortium led by Alder Ltd and Birch Co for $9.7 billion.", "$9.7 billion", "money", usd(9.7e9)],
  ["value.buy-for", "The state has leased the port to Alder Ltd for more than $9.7 billion.", "$9.7 billion", "money", usd(9.7e9)],
  ["value.noun-after", "The state reached financial close on the $9.7 billion lease of the port to Alder Ltd.", "$9.7 billion", "money", usd(9.7e9)],
  ["value.in-grants", "Birch Co wins up to $1.85 billion in chip grants from Alder Ltd.", "$1.85 billion", "money", usd(1.85e9, "up to")],
  ["value.grant-of", "Alder Ltd signed off an award of up to $1.85 billion to build Birch Co's plant.", "$1.85 billion", "money", usd(1.85e9, "up to")],
  ["value.deal-at-value-of", "Alder Ltd agreed to combine with Birch Co at a pro forma equity value of about $3.4bn.", "$3.4bn", "money", usd(3.4e9, "about")],
  ["value.deal-at-value-of", "Alder Ltd will merge with Birch Co, in a deal that would give the combined company a market value of more than $4 billion.", "$4 billion", "money", usd(4e9, "more than")],
  ["value.enterprise-value-is", "Alder Ltd is buying Birch Co. Net of Birch Co's cash, the enterprise value is roughly $6.1bn.", "$6.1bn", "money", usd(6.1e9, "roughly")],
  ["value.enterprise-value-is", "Birch Co agreed to be bought by Alder Ltd. Including assumed debt, the deal value is $2.1 billion.", "$2.1 billion", "money", usd(2.1e9)],
  ["value.enterprise-value-is", "Alder Ltd said it was making a cash offer to buy Birch Co. The offer value for the Stockholm-listed company amounted to approximately $16 billion.", "$16 billion", "money", usd(16e9, "approximately")],
  ["value.enterprise-value-is", "Alder Ltd has been awarded a road maintenance contract by Birch Co. The contract value is up to £328 million.", "£328 million", "money", { amount: 328e6, currency: "GBP", qualifier: "up to" }],
  ["value.noun-after-pair", "Alder Ltd awarded £328m maintenance and response contract to Birch Co.", "£328m", "money", { amount: 328e6, currency: "GBP" }],
  ["value.appos-value", "Alder Ltd is paying $47.25 a share in cash for Birch Co, an equity value of $8.28bn.", "$8.28bn", "money", usd(8.28e9)],
  ["value.equity-at", "Alder Ltd agreed to buy Birch Co for $47.25 a share, valuing the software maker's equity at about $8.3 billion.", "$8.3 billion", "money", usd(8.3e9, "about")],
  ["value.equity-at", "Alder Ltd will buy Birch Co. Birch Co's equity is valued at $8.28bn.", "$8.28bn", "money", usd(8.28e9)],
  ["value.per-share-or", "Birch Co said it would be taken private by Alder Ltd for $6.50 per share in cash, or $683 million including debt.", "$683 million", "money", usd(6.83e8)],
  ["value.worth", "Birch Co on Thursday agreed to Alder Ltd's increased offer of $4.5 billion.", "$4.5 billion", "money", usd(4.5e9)],
  ["stock.noun-of", "Alder Ltd will buy Birch Co. Birch Co's stock closed at $12.67, a gain of more than 21%.", "21%", "percent", { value: 21, qualifier: "more than" }],
  ["term.adj-noun", "Alder Ltd signed a five-year contract with Birch Co.", "five-year", "duration", { iso: "P5Y" }],
  ["term.adj-noun", "Alder Ltd signed a 20-year PPA with Birch Co.", "20-year", "duration", { iso: "P20Y" }],
  ["term.adj-noun", "Birch Co ordered ten ships that will go on 12-year charters with Alder Ltd.", "12-year", "duration", { iso: "P12Y" }],
  ["term.adj-noun", "Birch Co will sell its towers to Alder Ltd and rent them back under a 15-year lease.", "15-year", "duration", { iso: "P15Y" }],
  ["term.adj-noun", "Alder Ltd will buy a 49% stake in a new entity that holds 20-year leasing rights over Birch Co's pipelines.", "20-year", "duration", { iso: "P20Y" }],
  ["term.rights-for", "Alder Ltd will acquire a 49% stake in a new company with lease rights to 38 of Birch Co's pipelines for 20 years.", "20 years", "duration", { iso: "P20Y" }],
  ["term.rent-back-for", "Birch Co hands its masts to Alder Ltd and signs up to rent them back for 15 years.", "15 years", "duration", { iso: "P15Y" }],
  ["term.noun-over", "Alder Ltd and Birch Co signed a contract lasting over six years.", "six years", "duration", { iso: "P6Y" }],
  ["term.period-of", "Alder Ltd will supply Birch Co with 83 jets, and the supplies will be completed over a period of six years.", "six years", "duration", { iso: "P6Y" }],
  ["term.n-year-period", "Birch Co sold its media rights to Alder Ltd for $6 billion for a five-year period.", "five-year", "duration", { iso: "P5Y" }],
  ["term.over-with-deal", "The new deals between Alder Ltd and Birch Co will run for four years until the end of the 2028/29 season.", "four years", "duration", { iso: "P4Y" }],
  ["term.over-with-deal", "We are delighted to announce new deals with Birch Co that will extend our partnership for a further four years.", "four years", "duration", { iso: "P4Y" }],
  ["term.through-year", "Alder Ltd signed a supply deal with Birch Co that runs through 2033.", "through 2033", "date", { iso: "2033", qualifier: "through" }],
  ["term.over-with-deal", "Under the deal, Birch Co will supply chips over nine years.", "nine years", "duration", { iso: "P9Y" }],
  ["announced.verb-before", "Alder Ltd and Birch Co unveiled on Tuesday a chip deal.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-on", "Alder Ltd will buy Birch Co, the companies said on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.awarded-on", "Alder Ltd will pay €540 million a season for the rights, after the Birch Co board awarded it all four packages in its tender on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.fronted-date", "Late Sunday, New York time, Alder Ltd and Birch Co announced the deal.", "Sunday", "date", { iso: "2026-01-04", qualifier: "late" }],
  ["announced.licensed-on", "Alder Ltd, the Basel pharma group, licensed Birch Co's oral drug BC-318 (dalvofibrant) on May 7 for worldwide rights.", "May 7", "date", { iso: "2026-05-07" }],
  ["announced.day-verb", "BIRCH CO today confirmed a £480million deal with Alder Ltd.", "today", "date", { iso: "2026-01-07" }],
  ["announced.verb-deal-on", "Birch Co announced the agreement in a filing to the Hong Kong stock exchange before the market opened on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.filed-on", "Alder Ltd and Birch Co filed a material fact late on Wednesday announcing an all-share merger.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.said-trailing", "Alder Ltd will pay $40 a share in cash for Birch Co, the companies said Tuesday in a statement.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-trailing", "Alder Ltd and Birch Co agreed to merge, the two banks said in a securities filing late on Wednesday.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.said-trailing", "Birch Co has won an order worth $2.6 billion to build twelve ships for Alder Ltd, the shipbuilder said in a regulatory filing on Monday.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.on-date-grant", "Alder Ltd on Friday finalised $4.25 billion in federal support for Birch Co.", "Friday", "date", { iso: "2026-01-09" }],
  ["announced.said-trailing", "Alder Ltd agreed to take over Birch Co in an all-share deal, the two banks said late on Monday, creating a large lender.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.verb-before", "Alder Ltd announced on the night of this Monday (10) the incorporation of the shares of Birch Co.", "this Monday", "date", { iso: "2026-08-10" }],
  ["value.deal-values", "Alder Ltd agreed to take over Birch Co in an all-share deal that values the lender at $2 billion.", "$2 billion", "money", usd(2e9)],
  ["announced.verb-after", "Alder Ltd on Tuesday announced a chip deal with Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.embedded-post", "Birch Co has announced a chip deal with Alder Ltd.\n— Birch Co (@birchco) January 6, 2026", "January 6, 2026", "date", { iso: "2026-01-06" }],
  ["stock.market-value", "The news added $5 billion to Birch Co's market value.", "$5 billion", "money", usd(5e9)],
  ["stock.market-value-move", "After the bid from Alder Ltd, Birch Co's market capitalisation is 12% above its level of a month ago.", "12%", "percent", { value: 12 }],
  ["announced.verb-deal-on", "Birch Co announced the agreement with Alder Ltd late Sunday.", "Sunday", "date", { iso: "2026-01-04" }],
  ["announced.verb-deal-on", "Birch Co sealed a record Aus$1.5 billion (US$1.02 billion) extension of its domestic TV rights deal on Tuesday, calling it an important outcome.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.verb-deal-on", "Alder Ltd unveiled the merger on March 3, 2026, after talks with Birch Co.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-subject", "On March 3, 2026, Alder Ltd. confirmed a chip deal with Birch Co.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-verb", "Alder Ltd bid for Birch Co, and on March 3, 2026 the Birch Co board agreed to recommend the offer.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-verb", "Alder Ltd on Tuesday won the backing of Birch Co for a raised takeover.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.on-date-when", "That changed on March 3, 2026, when Alder Ltd, a Swedish group, said it would buy Birch Co's robots in a supply deal.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-when", "Birch Co shares rose 22% from Monday when Alder Ltd (NYSE:ALD) revealed an agreement to buy the device maker.", "Monday", "date", { iso: "2026-03-09" }],
  ["value.deal-values", "The deal, announced on Tuesday, values Birch Co at $2 billion.", "$2 billion", "money", usd(2e9)],
  ["value.partners-spend", "Alder Ltd and Birch Co will form a joint venture. The partners will spend $1.1 billion between them.", "$1.1 billion", "money", usd(1.1e9)],
  ["value.org-spend", "British carmaker Alder Ltd and Dutch battery maker Birch Co will spend about $5 billion to build a battery cell plant in Spain.", "$5 billion", "money", usd(5e9, "about")],
  ["announced.said-trailing", "Alder Ltd and Birch Co will spend almost $5.5bn on a battery plant in Spain, the British carmaker and its Dutch partner said on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-trailing", "Alder Ltd will spend about $4.3 billion to buy Birch Co and widen its reach in cancer drugs, the pharmaceutical giant said Monday.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.said-trailing", "Alder Ltd and Birch Co will spend about $5 billion to build a plant in Spain, the companies said January 6, in one of the largest bets yet.", "January 6", "date", { iso: "2026-01-06" }],
  ["announced.dateline-date", "WARWICK, England and EINDHOVEN, the Netherlands, 6 January 2026 - Alder Ltd (LSE: ALDR) and Birch Co have agreed to form a joint venture.", "6 January 2026", "date", { iso: "2026-01-06" }],
  ["announced.on-date-subject", "Cedar Holdings announced that on December 11, 2023, its wholly-owned subsidiary Birch, Inc. entered into a licensing agreement with Alder Ltd.", "December 11, 2023", "date", { iso: "2023-12-11" }],
  ["announced.on-date-subject", "Late in the evening of March 3, 2026, Alder Ltd and Birch Co unveiled a joint venture.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-subject", "On March 3, 2026, Alder Ltd. (Head office: Tokyo; President: Ken Sato) announced a joint venture with Birch Co.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-appositive", "On Feb. 5, 2026, Alder Ltd, a wholly owned unit of the Cedar Foundation and the parent of Dune Co, announced a merger agreement with Birch Co.", "Feb. 5, 2026", "date", { iso: "2026-02-05" }],
  ["announced.on-date-appositive", "On Monday, Alder Ltd, the largest shareholder of Birch Co, said it had agreed to buy the rest of the company.", "Monday", "date", { iso: "2026-01-05" }],
  ["value.offer-valuing", "Alder Ltd launched a tender offer for Birch Co at $48 a share, valuing the software maker at about $6.3 billion.", "$6.3 billion", "money", usd(6.3e9, "about")],
  ["value.offer-valuing", "Alder Ltd agreed to buy Birch Co for $50 a share in cash, valuing the company at $5 billion.", "$5 billion", "money", usd(5e9)],
  ["value.offer-valuing", "Birch Co agreed to be taken over by Alder Ltd for $5.40 a share, valuing it at $1.9 billion.", "$1.9 billion", "money", usd(1.9e9)],
  ["announced.verb-deal-on", "Alder Ltd (NYSE: ALD) launched a hostile tender offer for Birch Co (Nasdaq: BRC) on March 3, 2026.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["announced.on-date-verb", "Alder Ltd on Tuesday launched a hostile tender offer for Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.release-dateline", "SAN DIEGO, Calif., January 6, 2026 /Newswire/ -- Birch Co, a biotech company, today announced a licence agreement with Alder Ltd.", "January 6, 2026", "date", { iso: "2026-01-06" }],
  ["announced.on-date-said", "On Tuesday, drugmaker Alder Ltd and San Diego's Birch Co said they had signed a licence.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["value.spend-to-buy", "Alder Ltd is spending about $1 billion, retention pay included, to buy Birch Co.", "$1 billion", "money", usd(1e9, "about")],
  ["value.spend-to-buy", "Alder Ltd is paying $5.1 billion to enter into a 10-year collaboration with Birch Co.", "$5.1 billion", "money", usd(5.1e9)],
  // A figure restated in another currency before "to gain", and a shelling out.
  ["value.spend-to-buy", "Alder Ltd will pay 8.6 billion dollars or more than 7.5 billion euros to gain more than 84 percent of the shares of Birch Co.", "8.6 billion dollars", "money", usd(8.6e9)],
  ["value.spend-to-buy", "Alder Ltd shelled out $2 billion to buy Birch Co.", "$2 billion", "money", usd(2e9)],
  ["value.winning-bid", "A consortium of Alder Ltd and Birch Co won the tender to privatise the port. The winning bid was closed at $1.18 billion.", "$1.18 billion", "money", usd(1.18e9)],
  ["announced.said-when", "Alder Ltd said yesterday that it's buying Birch Co.", "yesterday", "date", { iso: "2026-01-05" }],
  ["value.equity-at", "Alder Ltd will pay $4.85 a share in cash for Birch Co, valuing its equity at $3 billion.", "$3 billion", "money", usd(3e9)],
  ["announced.verb-before", "Birch Co announced to the ASX on March 3, 2026 that Alder Ltd would buy it.", "March 3, 2026", "date", { iso: "2026-03-03" }],
  ["stock.price-change", "Alder Ltd will buy Birch Co.\n\n| Stock | Close | Move |\n| --- | --- | --- |\n| Birch Co | $4.62 | +25.5% |\n", "+25.5%", "percent", { value: 25.5 }],
  ["value.worth", "Alder Ltd signed a supply agreement with Birch Co (BRCH) worth $2 billion.", "$2 billion", "money", usd(2e9)],
  ["stock.move", "Birch Co shares fell 3% on Tuesday.", "3%", "percent", { value: 3 }],
  ["announced.date-noun", "Birch Co stock has doubled since the March 3 announcement.", "March 3", "date", { iso: "2026-03-03", inferred: true }],
  ["announced.confirmed-on", "Alder Ltd confirmed on Tuesday that it would buy Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.confirmed-on", "Birch Co confirmed in its own news release Monday it had received a takeover proposal from Alder Ltd.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.verb-before", "Alder Ltd announced on its earnings call on January 6 that it is buying Birch Co for $35 a share.", "January 6", "date", { iso: "2026-01-06" }],
  ["stock.move-after", "The bid sent Birch Co shares 22% higher.", "22%", "percent", { value: 22 }],
  ["value.pay-for", "Alder Ltd agreed to buy Birch Co. Alder Ltd will pay $2 billion for Birch Co.", "$2 billion", "money", usd(2e9)],
  ["announced.on-date-said", "On Tuesday, Alder Ltd said it had agreed to buy Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-when", "Alder Ltd said yesterday it had agreed to buy Birch Co.", "yesterday", "date", { iso: "2026-01-05" }],
  ["announced.said-when", "Alder Ltd is buying Birch Co. Alder Ltd CEO Jane Roe said in prepared statement Thursday that the acquisition will add more fee-based revenues.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.said-when", "Birch Co said Wednesday that Alder Capital Partners had made the highest bid for the company's stores.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.filed-on", "Birch Co filed its notice of successful bidder last Thursday, naming Alder Ltd the winner of its bankruptcy auction.", "last Thursday", "date", { iso: "2026-01-01" }],
  ["announced.said-trailing", "Birch Co will sell its mills to Alder Ltd, the company said yesterday.", "yesterday", "date", { iso: "2026-01-05" }],
  ["value.deal-appos-worth", "The Alder Ltd cloud contract, worth up to $10 billion over 10 years, went to Birch Co.", "$10 billion", "money", usd(1e10, "up to")],
  ["value.deal-and-worth", "The 10-year agreement of Alder Ltd with Birch Co amounts to 0.5 percent of global supply and is worth roughly $13 billion.", "$13 billion", "money", usd(1.3e10, "roughly")],
  ["value.fronted-worth", "Worth roughly $13 billion at current prices, the energy deal between Alder Ltd and Birch Co is the biggest yet.", "$13 billion", "money", usd(1.3e10, "roughly")],
  ["stock.move", "Alder Ltd will buy Birch Co. The news sent shares in Birch Co soaring by 14.5 per cent.", "14.5 per cent", "percent", { value: 14.5 }],
  ["stock.move", "Alder Ltd will buy Birch Co. Its price soared nearly 54 percent.", "54 percent", "percent", { value: 54, qualifier: "nearly" }],
  ["stock.move", "Alder Ltd will buy a stake in Birch Co. Birch Co share price touched 5 per cent upper circuit limit at Rs 403.70 apiece.", "5 per cent", "percent", { value: 5 }],
  ["announced.quote-statement", "Alder Ltd agreed to buy Birch Co. \u201cWe look forward to welcoming the Birch Co team,\u201d Alder Ltd chief Jo Roe said in a statement on Thursday.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.according-to-statement", "Alder Ltd will pay $171 per share for Birch Co, according to a statement from the companies on Monday.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.in-statement-fronted", "In an announcement Thursday, Alder Ltd said it has reached an agreement to acquire Birch Co.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.winning-bidder", "Alder Ltd emerged as the winning bidder for state-run carrier Birch Co at a bid of Rs 18,000 crore on Friday, 8 October.", "Friday, 8 October", "date", { iso: "2021-10-08" }],
  ["announced.in-statement-fronted", "In a statement to the stock exchange on Monday, Alder Ltd said the Birch Co board would unanimously recommend the deal.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.said-trailing", "Alder Ltd is acquiring Birch Co for $13.7 billion, both companies said Friday in a statement.", "Friday", "date", { iso: "2026-01-02" }],
  ["announced.announcement-on", "Birch Co saw its shares jump by 47%, following Alder Ltd’s announcement of a $26.2 billion acquisition deal on Monday.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.fronted-date", "Today Alder Ltd has announced plans to acquire Birch Co for $26.2 billion.", "Today", "date", { iso: "2026-01-06" }],
  ["announced.told-shareholders", "Birch Co told shareholders on Monday morning it will recommend the latest offer from Alder Ltd.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.on-date-award", "The Defense Department on Friday awarded Alder Ltd a cloud computing contract worth up to $10 billion.", "Friday", "date", { iso: "2026-01-02" }],
  ["announced.said-trailing", "Alder Ltd was awarded a contract worth up to $10 billion, the Defense Department said in a statement on Friday night.", "Friday", "date", { iso: "2026-01-02" }],
  ["announced.said-when", "Alder Ltd said in a press release Monday that the acquisition of Birch Co adds an oil field.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.said-on", "The drugmaker said on Monday it will pay $229 per Birch Co share.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.said-on", "Alder Inc said on Wednesday that it will pay 83.50 dollars (£65.02) per share in cash.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.verb-deal-on", "Birch Co launched its initial stock offering on Thursday, pricing at the top of its range.", "Thursday", "date", { iso: "2026-01-08" }],
  ["announced.said-on", "Birch Co priced its IPO at the top of its indicative range, the company said on Thursday.", "Thursday", "date", { iso: "2026-01-08" }],
  ["announced.won-contest-on", "Alder Ltd won out in a day-long auction overseen by the takeover regulator on Saturday.", "Saturday", "date", { iso: "2026-01-10" }],
  ["announced.won-contest-on", "Alder Ltd won the battle for Birch Co on Friday.", "Friday", "date", { iso: "2026-01-09" }],
  ["announced.city-dateline", "KUALA LUMPUR, Nov 29 — Alder Ltd has entered into an agreement with Birch Co to divest its stake.", "Nov 29", "date", { iso: "2025-11-29" }],
  ["term.term-of", "Alder Ltd signed a cloud agreement with Birch Co. The agreement has an initial term of five years.", "five years", "duration", { iso: "P5Y" }],
  ["term.over-with-deal", "Alder Ltd signed a cloud agreement with Birch Co. The agreement with the Birch Co subsidiary spans five years with equal payments.", "five years", "duration", { iso: "P5Y" }],
  ["announced.caps-city-dateline", "LONDON, July 23 Japan's Alder Ltd has agreed to buy Birch Co from its owner for 844 million pounds in cash.", "July 23", "date", { iso: "2025-07-23" }],
  ["announced.on-date-verb", "Alder Ltd on Friday said it had raised its stake in Birch Co to 20%.", "Friday", "date", { iso: "2026-01-02" }],
  ["announced.said-trailing", "Alder Ltd will acquire a 51.6 per cent stake in Birch Co for Rs 12,450 crore, the two companies said in stock exchange filings on 6 January.", "6 January", "date", { iso: "2026-01-06" }],
  ["announced.said-trailing", "Alder Ltd will pay $2 billion for a 21 per cent stake in Birch Co, the carmaker said in a filing to the Hong Kong stock exchange on January 6.", "January 6", "date", { iso: "2026-01-06" }],
  ["announced.possessive", "Birch Co rallied after Tuesday's announcement of the Alder Ltd takeover.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["stock.signed-move", "By noon Birch Co shares were +18.4% in London.", "+18.4%", "percent", { value: 18.4 }],
  ["stock.signed-level", "By noon Birch Co shares were +18.4% at 512p in London.", "512p", "money", { amount: 5.12, currency: "GBP" }],
  ["value.deal-values", "The takeover values Birch Co at $2 billion including debt.", "$2 billion", "money", usd(2e9)],
  ["stock.move-noun", "Birch Co stock posted a 3% gain after the news.", "3%", "percent", { value: 3 }],
  ["value.worth", "Birch Co signed a licensing deal with Alder Ltd worth up to $2 billion.", "$2 billion", "money", usd(2e9, "up to")],
  ["value.in-total", "Birch Co agreed to license the drug to Alder Ltd for $90 million upfront and $2 billion in total.", "$2 billion", "money", usd(2e9)],
  ["value.headline", "For Birch Co the headline number is $2 billion from Alder Ltd, in a licensing deal.", "$2 billion", "money", usd(2e9)],
  ["value.headline", "Alder Ltd and Birch Co formed a joint venture. The headline is roughly $12bn of spending over a 12-year programme.", "$12bn", "money", usd(12e9, "roughly")],
  ["value.org-spend", "Alder Ltd, the power and gas supplier, and Birch Co, one of Australia's largest iron ore producers, plan to spend $6.1 billion on a green hydrogen hub.", "$6.1 billion", "money", usd(6.1e9)],
  ["announced.verb-deal-on", "The two companies announced the venture, Cedar Hydrogen, in Perth on Tuesday, before the market opened.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["value.creating-worth", "Alder Ltd will merge with Birch Co, creating a group with a combined enterprise value of about $2 billion.", "$2 billion", "money", usd(2e9)],
  ["value.creating-a", "Alder Ltd agreed to merge with Birch Co, creating a $2 billion group.", "$2 billion", "money", usd(2e9)],
  ["value.total-of", "Alder Ltd agreed to pay Birch Co a total of $2 billion, including milestones.", "$2 billion", "money", usd(2e9)],
  ["stock.price-change", "Close, announcement day: Birch Co (BRC)   $41.20   +11.8%, against Alder Ltd.", "+11.8%", "percent", { value: 11.8 }],
  ["stock.closed-at", "Alder Ltd agreed to buy Birch Co for $2 billion. Birch Co closed yesterday at $14.37, a 1.6% discount to the offer.", "$14.37", "money", usd(14.37)],
  ["stock.to-close-at", "Alder Ltd agreed to buy Birch Co. Alder Ltd shares fell KRW11,500 to close at KRW234,500 yesterday.", "KRW234,500", "money", { amount: 234500, currency: "KRW" }],
  ["stock.closed-at-move", "Alder Ltd agreed to buy Birch Co. Alder Ltd closed Thursday at $11.71, up 10.8% from the prior close.", "10.8%", "percent", { value: 10.8 }],
  ["stock.closed-at-move", "Alder Ltd agreed to buy Birch Co. Birch Co was quoting at Rs 2,818.55, up 15 per cent.", "15 per cent", "percent", { value: 15 }],
  ["stock.closed-at", "Alder Ltd agreed to buy Birch Co. Birch Co was trading at $41.20 by midday.", "$41.20", "money", usd(41.2)],
  ["stock.closed-move", "Birch Co closed up 18.4% in Frankfurt after Alder Ltd's offer.", "18.4%", "percent", { value: 18.4 }],
  ["stock.move", "Alder Ltd will buy Birch Co. The company’s shares increased by nearly 13% to $43 per share in pre-market trading.", "13%", "percent", { value: 13, qualifier: "nearly" }],
  ["stock.org-closed-move-after", "Alder Ltd will buy Birch Co. In Sydney, Birch Co closed 29.61% higher at A$1.97.", "29.61%", "percent", { value: 29.61 }],
  ["stock.org-closed-move-after", "Alder Ltd will buy Birch Co. Alder Ltd closed Monday's regular trading 5.25% lower at A$16.59.", "5.25%", "percent", { value: 5.25 }],
  ["stock.org-closed-move-after", "Alder Ltd will buy Birch Co. Birch Co (NYSE: BRC) opened about 20% up on Wednesday.", "20%", "percent", { value: 20 }],
  ["stock.move", "Alder Ltd will buy Birch Co, with Alder Ltd shares shedding 2.5 per cent to trade at €96.76.", "2.5 per cent", "percent", { value: 2.5 }],
  ["stock.ticker-move", "Alder Ltd ALD -3.59% said it would buy Birch Co BRC -0.64% in an all-stock deal.", "-3.59%", "percent", { value: -3.59 }],
  ["stock.org-move", "Birch Co jumped almost 19% in Tokyo after Alder Ltd's offer.", "19%", "percent", { value: 19, qualifier: "almost" }],
  ["stock.org-move", "Alder Ltd will buy Birch Co. Birch Co shed nearly 3% on the news.", "3%", "percent", { value: 3, qualifier: "nearly" }],
  ["stock.org-move", "Birch Co surges 23% as Alder Ltd acquires it for $55/share", "23%", "percent", { value: 23 }],
  ["stock.org-move", "Alder Ltd will merge with Birch Co. Birch Co was last up 9.21% at Rs 1,644.75 apiece on NSE.", "9.21%", "percent", { value: 9.21 }],
  ["stock.move", "Alder Ltd will merge with Birch Co. Birch Co share zoomed 24.98% to Rs 319.5 on BSE.", "24.98%", "percent", { value: 24.98 }],
  ["stock.circuit", "Alder Ltd will merge with Birch Co. Both stocks were locked in the upper circuit at 10 percent in early deals.", "10 percent", "percent", { value: 10 }],
  ["stock.circuit", "Alder Ltd will buy Birch Co. Birch Co hit the lower circuit of 5% on Monday.", "5%", "percent", { value: 5 }],
  ["announced.org-said-trailing", "Alder Ltd will pay 383 pence in cash for each Birch Co share, Birch Co said in a statement on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-trailing", "Alder Ltd will acquire 77% of Birch Co's coal unit for $6.93 billion in cash, the Swiss miner said in a separate release on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.deal-sentence-day", "Alder Ltd agreed to buy its embattled rival Birch Co for 3 billion Swiss francs ($3.2 billion) Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.wire-dateline", "March 25 (Wire) - Alder Ltd said it would merge with ketchup maker Birch Co to form the third-largest food company.", "March 25", "date", { iso: "2026-03-25", inferred: true }],
  ["announced.day-after-said", "Birch Co stock surged on Monday after the South Korean technology giant revealed a semiconductor deal with Alder Ltd worth $16.5 billion.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.day-after-said", "Birch Co shares dropped by more than 14% Tuesday after the creative-software company said it would acquire Alder Ltd for $20 billion.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.day-after-said", "Birch Co shares jumped on market open on Wednesday, after Alder Ltd acquired a 4.5% stake in the lender.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.day-after-said", "Birch Co stock surged on Thursday after unveiling a sweeping partnership with Alder Ltd to build chips.", "Thursday", "date", { iso: "2026-01-08" }],
  ["announced.on-date-verb", "The controlling shareholder of drug maker Alder Ltd on Monday said it's buying a provider of drug manufacturing, Birch Co.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.on-date-verb", "The board of directors of Birch Co on Tuesday unanimously gave in-principle approval for the merger with Alder Ltd.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.org-said-trailing", "Alder Ltd recently sent a friendly proposal to Birch Co, Alder Ltd revealed in a press release Monday.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.in-announcing", "In announcing its stake Wednesday, Alder Ltd said it intended to ask for authorisation to exceed 9.9 percent of Birch Co.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.dated-release", "The deal includes Birch Co's lead drug, according to a Jan. 5 news release from Alder Ltd.", "Jan. 5", "date", { iso: "2026-01-05" }],
  ["announced.announcement-on", "The announcement on Sunday marks the end of four years of talks between Alder Ltd and Birch Co.", "Sunday", "date", { iso: "2026-01-04" }],
  ["announced.per-filing", "The board of Birch Co has approved a merger with Alder Ltd, as per a regulatory filing on Wednesday.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.board-meeting", "Alder Ltd and its parent decided to buy Birch Co at board meetings held on Monday, according to a statement.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.placed-order", "Alder Ltd placed a record order for 500 Birch Co aircraft on Monday during the first day of the air show.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.placed-order", "Alder Ltd placed an order for 500 planes with Birch Co at the air show today.", "today", "date", { iso: "2026-01-07" }],
  ["announced.passive-on", "When the deal between Alder Ltd and Birch Co was first announced earlier on Tuesday, Alder Ltd said its chief would stay.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["stock.move", "Alder Ltd agreed to buy Birch Co. Shares of Birch Co flew about 31% on the news.", "31%", "percent", { value: 31, qualifier: "about" }],
  ["stock.org-was-move", "Alder Ltd agreed to buy Birch Co. At 10:40 AM, Birch Co was 4.5 per cent lower at $67.35.", "4.5 per cent", "percent", { value: 4.5 }],
  ["announced.on-date-verb", "In the biggest deal in the sector, Alder Ltd on Tuesday said it is buying a 77 per cent stake in Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["stock.move", "Birch Co shares surge 30% as Alder Ltd announces a $5 billion investment", "30%", "percent", { value: 30 }],
  ["stock.move", "Birch Co share prices Thursday September 18, 2025 jumped by over 23%, marking its biggest gain.", "23%", "percent", { value: 23, qualifier: "over" }],
  ["stock.move", "Birch Co's stocks showed resilience, advancing by 1.08% or 29.90 points.", "1.08%", "percent", { value: 1.08 }],
  ["close.expected", "The takeover is expected to close in the third quarter of 2026.", "third quarter of 2026", "date", { iso: "2026-Q3" }],
  ["close.is-expected", "Completion is now scheduled for the third quarter of 2026.", "third quarter of 2026", "date", { iso: "2026-Q3" }],
  ["announced.verb-deal-on", "Alder Ltd announced the second-largest technology deal of 2022 on Thursday -- an acquisition of Birch Co.", "Thursday", "date", { iso: "2022-05-26" }],
  ["announced.verb-deal-on", "Alder Ltd will buy Birch Co. The retail giant announced the news on 26 May.", "26 May", "date", { iso: "2026-05-26" }],
  ["announced.label", "Target: Birch Co\nAcquirer: Alder Ltd\nAnnouncement date: 27/02/2020\nValue: EUR 17.2 billion", "27/02/2020", "date", { iso: "2020-02-27" }],
  ["stock.org-move", "Alder Ltd will buy Birch Co in an all-stock deal. Alder Ltd, for its part, is down around 5.3%.", "5.3%", "percent", { value: 5.3, qualifier: "around" }],
  ["stock.org-move", "Shares of both fell on Tuesday. Alder Ltd (ticker: ALD) dropped 2.33% to $49.37.", "2.33%", "percent", { value: 2.33 }],
  ["value.deal-at-value-of", "Alder Ltd will acquire 86% of Birch Co. The transaction reflects an enterprise value for Birch Co of €4.2 billion.", "€4.2 billion", "money", { amount: 4.2e9, currency: "EUR" }],
  ["value.commit-to-party", "Alder Ltd signed a five-year partnership with Birch Co. Alder Ltd has committed $1.1 billion to Birch Co cloud services.", "$1.1 billion", "money", usd(1.1e9)],
  ["stock.move", "Alder Ltd will buy Birch Co. The shares had initially opened higher but trading was halted. They were down about 4% by 0859 GMT.", "4%", "percent", { value: 4, qualifier: "about" }],
  ["stock.move", "Alder Ltd will sell its lifts unit to Birch Co. The company’s American depositary receipts jumped as much as 7.9% on Thursday.", "7.9%", "percent", { value: 7.9, qualifier: "as much as" }],
  ["announced.said-trailing", "Alder Ltd and Birch Co will take small equity stakes in each other, the Japanese automakers said on Wednesday.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.said-when", "Alder Ltd added another car maker to its list of partners, saying Wednesday it would buy a 4.9% stake in Birch Co.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.verb-deal-on", "Birch Co agreed a reverse takeover with special purpose acquisition company Alder Ltd today at an equity value of $39.6bn.", "today", "date", { iso: "2026-01-06" }],
  ["announced.on-date-verb", "Alder Ltd, on Saturday announcing that it plans to expand with the acquisition of Birch Co, set a record.", "Saturday", "date", { iso: "2026-01-03" }],
  ["announced.verb-before", "Alder Ltd is set to announce later on Tuesday (April 13) a merger with Birch Co.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.day-after-said", "Shares of Birch Co (NASDAQ: BRC) climbed 16% on Monday after Alder Ltd (NASDAQ: ALD) announced an agreement to purchase the company.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.day-after-said", "Shares of Birch Co rose 35.4% as of 2:30 p.m. EDT Monday after Alder.com (ALD) agreed to acquire the data specialist.", "Monday", "date", { iso: "2026-01-05" }],
  ["value.deal-values", "Birch Co said it plans to merge with Alder Ltd in a deal that would value it at nearly $40 billion.", "$40 billion", "money", usd(4e10, "nearly")],
  ["value.deal-values", "Birch Co is set to announce a merger with US-based Alder Ltd that is set to value Birch Co at nearly US$40 billion.", "US$40 billion", "money", usd(4e10, "nearly")],
  ["announced.verb-deal-on", "Alder Ltd and Birch Co finally unveiled the 15 billion pound ($19 billion) merger of their British operations on Wednesday, saying it was good.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.verb-deal-on", "Birch Co's owner confirmed the deal with Alder Ltd yesterday, creating the largest mobile firm.", "yesterday", "date", { iso: "2026-01-06" }],
  ["announced.verb-deal-on", "Owner Birch Co announced news of the agreement on Wednesday.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.on-date-verb", "Alder Ltd, Cedar Media and Birch Co on Wednesday entered an agreement to form a joint venture.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["announced.on-date-verb", "Alder Ltd on Monday said it will invest up to $4 billion in Birch Co.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.on-date-verb", "The board of Birch Co voted on Thursday to accept a takeover bid from a consortium led by Alder Ltd.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.on-date-verb", "Birch Co's board on Thursday accepted a buyout offer from a group led by Alder Ltd, a source said.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.passive-on", "Alder Ltd will now acquire Birch Co. The announcement was made on Tuesday, Dec. 1.", "Tuesday, Dec. 1", "date", { iso: "2025-12-01", inferred: true }],
  ["announced.passive-on", "Alder Ltd is taking over Birch Co by way of a share exchange. This was agreed by the parties on Sunday evening after hectic negotiations.", "Sunday", "date", { iso: "2026-01-04" }],
  ["announced.wire-dateline", "Nov 18 (Wire) - Private equity firm Alder Ltd has agreed to buy Birch Co's tea business for 4.5 billion euros.", "Nov 18", "date", { iso: "2025-11-18", inferred: true }],
  // A page's date line over the lede, with its byline and outlet, or alone above a byline.
  ["announced.date-line-lede", "Alder Ltd to buy Birch Co\n\nJane Roe and John Doe – The Harbour Herald – July 29, 2025 – HH\n\nAlder Ltd has signed an agreement to buy Birch Co for $85 billion.", "July 29, 2025", "date", { iso: "2025-07-29" }],
  ["announced.date-line-lede", "Birch Co acquired by Alder Ltd\n\nSeptember 29, 2025\n\nBy Jane Roe\n\nBirch Co has entered into a definitive agreement to be acquired by Alder Ltd.", "September 29, 2025", "date", { iso: "2025-09-29" }],
  ["announced.date-line-lede", "Alder Ltd to buy Birch Co\n2025-09-29\nAlder Ltd and Birch Co announced a definitive agreement for Alder Ltd to acquire Birch Co.", "2025-09-29", "date", { iso: "2025-09-29" }],
  ["announced.date-line-lede", "Alder Ltd to buy Birch Co\nPublished: September 29, 2025\n\nAlder Ltd is buying Birch Co in a $5 billion deal.", "September 29, 2025", "date", { iso: "2025-09-29" }],
  ["announced.on-date-subject", "On Wednesday, Alder Ltd and Birch Co finalized a $8.5 billion deal to merge their assets.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["value.creating-worth", "Birch Co will own the remaining 49 per cent, creating the biggest mobile phone network in the UK, worth a reported £15bn.", "£15bn", "money", { amount: 15e9, currency: "GBP", qualifier: "a reported" }],
  ["announced.revealed", "Chip software maker Alder Ltd revealed back in January its plans to acquire Birch Co.", "January", "date", { iso: "2026-01" }],
  ["announced.according-to-statement", "Alder Ltd will acquire Birch Co for $63 billion, according to the press statement released by Alder Ltd on Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.quote-statement", "“This is a transformational deal,” said Alder Ltd CEO and Chairman Jane Roe in a prepared statement Tuesday.", "Tuesday", "date", { iso: "2026-01-06" }],
  ["announced.said-on", "Dutch brewer Alder Ltd said on Monday it planned to take control of Birch Co.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.said-trailing", "Alder Ltd has purchased the data centre platform from Birch Co for over $24 billion, the fund manager said on Thursday.", "Thursday", "date", { iso: "2026-01-01" }],
  ["announced.org-said-trailing", "The price represents a 13% premium to Birch Co's all-time high closing price, Alder Ltd said Wednesday.", "Wednesday", "date", { iso: "2026-01-07" }],
  ["stock.ticker-move", "Alder Ltd will buy Birch Co. Reports surrounding Alder Ltd' (ALDR +3%) potential takeover of Birch Co were confirmed.", "+3%", "percent", { value: 3 }],
  ["stock.org-was-move", "Alder Ltd will buy Birch Co for $2 billion. Alder Ltd traded 0.3% lower at CHF90.05.", "0.3%", "percent", { value: 0.3 }],
  ["announced.said-trailing", "The funding round valued Birch Co at $300 billion, the Artificial Intelligence (AI) giant announced in a statement on Monday, March 31, 2025.", "Monday, March 31, 2025", "date", { iso: "2025-03-31" }],
  ["announced.passive-on", "Reports surrounding Alder Ltd's potential takeover of Birch Co in the week ahead of the new year are confirmed today.", "today", "date", { iso: "2026-01-06" }],
  ["announced.participle-on", "The deal between Alder Ltd and Birch Co, confirmed on Monday, includes 117 million Alder Ltd shares.", "Monday", "date", { iso: "2026-01-05" }],
  ["announced.fronted-date", "This morning, the third bid for Birch Co from Alder Ltd was made public, coming in at $9 a share.", "This morning", "date", { iso: "2026-01-07" }],
  ["announced.passive-on", "The news was announced in the US this morning and will see Alder Ltd run the combined operation in an all-stock deal with Birch Co.", "this morning", "date", { iso: "2026-01-07" }],
  ["capacity.ready-by", "The first plant will be operational by mid-2027.", "mid-2027", "date", { iso: "2027" }],
  ["pps.per-share", "Alder Ltd will pay $14.25 per share for Birch Co.", "$14.25", "money", usd(14.25)],
  ["pps.offer", "Alder Ltd's offer price of $14.25 values each Birch Co share generously.", "$14.25", "money", usd(14.25)],
  ["pps.offer-after", "Birch Co stock ended at $13.10, below the $14.25 cash offer from Alder Ltd.", "$14.25", "money", usd(14.25)],
  ["premium.of", "The price is a premium of 30% to Birch Co's close.", "30%", "percent", { value: 30 }],
  ["premium.after", "Alder Ltd offered a 30% premium for Birch Co.", "30%", "percent", { value: 30 }],
  ["announced.day-after-said", "Birch Co shares are up 19% on Monday after penning an agreement to supply lithium to Alder Ltd.", "Monday", "date", { iso: "2026-01-05" }],
  ["premium.higher-than", "Alder Ltd will pay $13.65 a share for Birch Co. The price is 25 percent higher than Birch Co's closing share price on Jan. 11.", "25 percent", "percent", { value: 25 }],
  ["premium.higher-than", "Alder Ltd offered 62 euros a share for Birch Co, which is 54% higher than their value the day before the first rumours.", "54%", "percent", { value: 54 }],
  ["stake.after", "Alder Ltd will take a 12% stake in Birch Co.", "12%", "percent", { value: 12 }],
  ["stake.hold", "Alder Ltd already owns 12% of Birch Co.", "12%", "percent", { value: 12 }],
  ["valuation.at", "The round values Birch Co at $8 billion.", "$8 billion", "money", usd(8e9)],
  ["valuation.of", "Birch Co now has a valuation of $8 billion.", "$8 billion", "money", usd(8e9)],
  ["valuation.after", "Birch Co reached an $8 billion valuation.", "$8 billion", "money", usd(8e9)],
  ["power.supplied", "Birch Co will supply 300 megawatts to Alder Ltd's plants.", "300 megawatts", "quantity", { amount: 300, unit: "megawatt" }],
  ["units.hardware", "Birch Co will deliver 4,000 servers to Alder Ltd.", "4,000 servers", "quantity", { amount: 4000, unit: "server" }],
];

function fact(text: string, sub: string, type: FactType, value: Record<string, unknown>): RawFact {
  const i = text.indexOf(sub);
  if (i < 0) throw new Error(`${sub} not in ${text}`);
  return { type, start: i, end: i + sub.length, value, rule: "test" };
}
const orgs = (text: string): RawFact[] => {
  const out: RawFact[] = [];
  for (const name of ["Alder Ltd", "Birch Co"]) for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ type: "org", start: i, end: i + name.length, value: { name }, rule: "test" });
  return out;
};
/** Every fact of a text, as the pipeline extracts them (organisations by the real rules, not the two test names). */
const extracted = (text: string): RawFact[] => extractAll(text, { refDate: "2026-03-09", sourceId: "t" });
/** Each party of a text (its organisations as the pipeline extracts them) by its key's first word: its roles, sorted and joined. */
const rolesOf = (text: string, published: string | null = null): Record<string, string> =>
  Object.fromEntries((summarizeSource(text, extracted(text), published) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles ?? {}).sort().join(",")]));
/** The parties a text names (its organisations as facts). */
const partiesOf = (text: string, published: string | null = null) => (summarizeSource(text, orgs(text), published) as unknown as DealSummary).parties;
/** The sorted party keys of a text, from all its extracted facts. */
const partyKeys = (text: string) => (summarizeSource(text, extracted(text), null) as unknown as DealSummary).parties.map((p) => p.key).sort();
/** The first word of each key of the pair a text names (its organisations as facts), sorted. */
const firstWordsOfPair = (text: string, published: string | null = null): string[] =>
  (summarizeSource(text, orgs(text), published) as unknown as DealSummary).pair.map((k) => k.split(" ")[0]!).sort();
/** The tag of fact f in text, with the text's organisations (and any `more` facts) beside it. */
function tagOf(text: string, f: RawFact, published: string | null = null, more: RawFact[] = []) {
  const facts = [...orgs(text), ...more, f].sort((a, b) => a.start - b.start);
  return tagFields(text, facts, published)[facts.indexOf(f)];
}
/** Whether a money fact on `sub` in `text` (the text's organisations beside it) is a claim on the deal's value. */
const claimsValue = (text: string, sub: string, amount: number): boolean => (tagOf(text, fact(text, sub, "money", usd(amount)))?.fields ?? []).includes("value");
/** Each case's fact ([text, the fact's words, its iso value], of the type) is no claim on the field. */
function expectNoClaim(field: string, type: FactType, cases: readonly (readonly [string, string, string])[]) {
  for (const [text, sub, iso] of cases) expect(tagOf(text, fact(text, sub, type, { iso }))?.fields ?? [], text).not.toContain(field);
}

describe("every cue rule fires on its case", () => {
  for (const [id, text, sub, type, value] of CUES) {
    it(id, () => {
      const f = fact(text, sub, type, value);
      const tag = tagOf(text, f);
      expect(tag?.rules ? Object.values(tag.rules) : []).toEqual([id]);
    });
  }
  it("a page's date line claims no announcement day over a lede that tells no agreement, nor does a date inside a line of other words", () => {
    for (const [text, sub] of [
      ["Alder Ltd to buy Birch Co\n\nJuly 29, 2025\n\nAlder Ltd is in talks to buy Birch Co, people familiar said.", "July 29, 2025"],
      ["Alder Ltd to buy Birch Co\n\nShare prices as of July 29, 2025 close\n\nAlder Ltd has signed an agreement to buy Birch Co.", "July 29, 2025"],
      ["Alder Ltd to buy Birch Co\n\nUpdated: July 29, 2025\n\nAlder Ltd is buying Birch Co in a $5 billion deal.", "July 29, 2025"],
      ["Alder Ltd to buy Birch Co\n\nJuly 29, 2025\n\nAlder Ltd announced a new chief executive on Monday; Birch Co is buying a rival.", "July 29, 2025"],
    ] as const) {
      expect(tagOf(text, fact(text, sub, "date", { iso: "2025-07-29" }))?.fields ?? [], text).not.toContain("announced");
    }
  });
  it("an earnings announcement, shares placed with investors, a bare 'announcement', an award won and a product launched claim no announcement day", () => {
    for (const [text, sub] of [
      ["Alder Ltd's earnings announcement on Monday beat forecasts.", "Monday"],
      ["Birch Co will sell its unit to Alder Ltd, goals it had sketched during its investor update on 9 June.", "9 June"],
      ["Alder Ltd agreed to buy Birch Co. \"We announced at our investor update on June 9 that we were targeting a series of actions,\" Birch Co said.", "June 9"],
      ["The sale of Birch Co to Alder Ltd comes after Cedar Bank announced in January 2022 that it was leaving retail banking.", "January 2022"],
      ["A deal between Alder Ltd and Birch Co comes after the firm announced Wednesday that it raised $32.4 billion for new funds.", "Wednesday"],
      ["Alder Ltd will merge with Birch Co. The companies had said on Aug. 30 that they were in talks to merge.", "Aug. 30"],
      ["Birch Co’s minority shareholders on Friday approved a takeover bid from Alder Ltd, which values Birch Co at around 9.86 billion pounds.", "Friday"],
      ["Birch Co stockholders overwhelmingly voted on Friday in favour of the takeover by Alder Ltd.", "Friday"],
      ["Alder Ltd placed the shares with investors on Monday.", "Monday"],
      ["Alder Ltd's profit rose, according to a Jan. 5 news release from the company.", "Jan. 5"],
      ["Alder Ltd held its board meeting on Monday to discuss the weather.", "Monday"],
      ["Its announcement of results on Monday disappointed Alder Ltd investors.", "Monday"],
      ["Monday was the day analysts announced the Alder Ltd deal was dead.", "Monday"],
      ["Alder Ltd emerged as the winning bidder for Birch Co in 2019 and on Monday its shares rose.", "Monday"],
      ["Alder Ltd will announce its results on Monday.", "Monday"],
      ["Alder Ltd will buy Birch Co. Results announcement date: Monday", "Monday"],
      ["Alder Ltd will buy Birch Co. The regulator confirmed in a statement Monday it had received the filing.", "Monday"],
      ["Alder Ltd won the award for best employer on Monday.", "Monday"],
      ["Alder Ltd launched its new phone on Monday.", "Monday"],
      ["Alder Ltd said on Monday its profit rose.", "Monday"],
      // A report's own day, not the deal's: the date after "reported on" opens no clause of the deal.
      ["Cedar News reported on Monday that Alder Ltd had won the race to buy Birch Co, citing sources.", "Monday"],
    ] as const) {
      const tag = tagOf(text, fact(text, sub, "date", { iso: "2026-01-05" }));
      expect(tag?.fields ?? [], text).not.toContain("announced");
    }
  });

  it("a line that points to another story claims no field; the same sentence in the story does", () => {
    for (const [line, tagged] of [
      ["Birch Co raised $300 million led by Alder Ltd.", true],
      ["Related: Birch Co raised $300 million led by Alder Ltd.", false],
      ["Read more: Birch Co raised $300 million led by Alder Ltd.", false],
      ["- See also | Birch Co raised $300 million led by Alder Ltd.", false],
      ["Related\n\n\nAged-care group Birch Co raised $300 million led by Alder Ltd\n\nA second bite", false],
      ["What to read next\n\nBirch Co raised $300 million led by Alder Ltd\n\nA second bite", false],
    ] as const) {
      const text = `Alder Ltd will buy Birch Co.\n${line}\n`;
      const f = fact(text, "$300 million", "money", usd(3e8));
      expect(tagOf(text, f) !== null, line).toBe(tagged);
    }
  });
  it("a pronoun takes its shares only from the sentence right before it, in the same paragraph", () => {
    for (const [text, sub] of [
      ["Alder Ltd will buy Birch Co. The shares opened higher.\n\nThey were down about 4% by noon.", "4%"],
      ["Alder Ltd will buy Birch Co. Revenue fell last year. It was down about 4% in the quarter.", "4%"],
      ["Alder Ltd will buy Birch Co, whose shares rose. Profit at the unit was weak: it was down about 4% in the quarter.", "4%"],
    ] as const) {
      const tag = tagOf(text, fact(text, sub, "percent", { value: 4, qualifier: "about" }));
      expect(tag?.fields ?? [], text).not.toContain("stock");
    }
  });
  it("a verb's base form is a share move only with its shares: 'Alder Ltd will gain 20% of the shares' is none", () => {
    const text = "Alder Ltd will gain 20% of the shares in Birch Co.\n";
    expect(tagOf(text, fact(text, "20%", "percent", { value: 20 }))?.fields ?? []).not.toContain("stock");
  });
  it("a company's present-tense move in a headline is its shares; a stake it gains is not ('Birch Co gains 5% stake')", () => {
    const text = "Birch Co gains 5% stake in Cedar Foods\n";
    const f = fact(text, "5%", "percent", { value: 5 });
    expect(tagOf(text, f)?.fields ?? []).not.toContain("stock");
  });
  it("an amount the deal promises to spend is no deal value ('a clear £11 billion network investment plan')", () => {
    const text = "Alder Ltd will merge with Birch Co, with a clear £11 billion network investment plan.\n";
    expect(tagOf(text, fact(text, "£11 billion", "money", { amount: 11e9, currency: "GBP" }))?.fields ?? []).not.toContain("value");
    const deal = "Alder Ltd agreed a £11 billion investment in Birch Co.\n";
    expect(tagOf(deal, fact(deal, "£11 billion", "money", { amount: 11e9, currency: "GBP" }))?.fields).toEqual(["value"]);
  });
  it("a set-off phrase after a fronted date's subject dates the deal only before an announcing verb, in a deal clause", () => {
    for (const [text, sub] of [
      ["On Monday, Alder Ltd, a unit of Cedar Group and the parent of Dune Co, rose 5% after the Birch Co deal.", "Monday"],
      ["On Monday, Alder Ltd, a maker of chips and sensors, said it had a record quarter.", "Monday"],
      ["On Monday, Alder Ltd, a unit of Cedar Group, announced results.", "Monday"],
    ] as const) {
      const f = fact(text, sub, "date", { iso: "2026-01-05" });
      expect(tagOf(text, f, "2026-01-07")?.fields ?? [], text).not.toContain("announced");
    }
  });
  it("a wire dateline dates the deal only over a lede that says it was struck; a passive needs a deal in its clause", () => {
    const lede = "Nov 18 (Wire) - Private equity firm Alder Ltd said its profit rose.\n";
    expect(tagOf(lede, fact(lede, "Nov 18", "date", { iso: "2025-11-18" }))?.fields ?? []).not.toContain("announced");
    const other = "Alder Ltd will buy Birch Co.\nThe stadium was opened on Sunday evening.\n";
    expect(tagOf(other, fact(other, "Sunday", "date", { iso: "2026-01-04" }))?.fields ?? []).not.toContain("announced");
  });
  it("a previous offer with its amount before the noun is another deal ('a previous £6.7bn offer from a consortium')", () => {
    const text = "Birch Co has recommended a £7bn takeover by Alder Ltd. It has dropped its recommendation to accept a previous £6.7bn offer from a consortium.\n";
    expect(tagOf(text, fact(text, "£6.7bn", "money", { amount: 6.7e9, currency: "GBP" }))?.fields ?? []).not.toContain("value");
  });
  it("the deal a new one replaces is another deal ('replacing the current £5 billion deal which runs until 2025')", () => {
    const text = "Birch Co has agreed a new record £6.7 billion television deal with Alder Ltd, replacing the current £5 billion deal which runs until 2025.\n";
    expect(tagOf(text, fact(text, "until 2025", "date", { iso: "2025", qualifier: "until" }), "2023-12-04")?.fields ?? []).not.toContain("term");
    expect(tagOf(text, fact(text, "£5 billion", "money", { amount: 5e9, currency: "GBP" }), "2023-12-04")?.fields ?? []).not.toContain("value");
    expect(tagOf(text, fact(text, "£6.7 billion", "money", { amount: 6.7e9, currency: "GBP" }), "2023-12-04")?.fields).toEqual(["value"]);
  });
  it("a quote widget's move needs a company's name before its ticker: 'rose to 4.5 -3%' is none", () => {
    const text = "Alder Ltd will buy Birch Co. The index was at 4,500 pts -3% on the day.\n";
    expect(tagOf(text, fact(text, "-3%", "percent", { value: -3 }))?.rules ? Object.values(tagOf(text, fact(text, "-3%", "percent", { value: -3 }))!.rules!) : []).not.toContain("stock.ticker-move");
  });
  it("a rival offer this one is set against is another deal ('…, trumping a 272 pence a share offer, worth 6.7 billion pounds, from a consortium')", () => {
    const text = "Alder Ltd agreed to buy Birch Co. Birch Co said Alder Ltd's offer is worth 285 pence a share, trumping a 272 pence a share offer, worth 6.7 billion pounds, from a consortium.\n";
    expect(tagOf(text, fact(text, "6.7 billion pounds", "money", { amount: 6.7e9, currency: "GBP" }))?.fields ?? []).not.toContain("value");
    // A clause after the figure that drops a rival's bid leaves the figure to this deal.
    const lede = "Birch Co on Thursday agreed a takeover offer worth 7 billion pounds from private equity group Alder Ltd, dropping its recommendation of a lower bid from Cedar Partners.\n";
    const cedar = fact(lede, "Cedar Partners", "org", { name: "Cedar Partners" });
    expect(tagOf(lede, fact(lede, "7 billion pounds", "money", { amount: 7e9, currency: "GBP" }), null, [cedar])?.fields).toEqual(["value"]);
  });
  it("a market share, a share per holder and a circuit that is no price band make no share move", () => {
    for (const [text, sub] of [
      ["Alder Ltd will buy Birch Co. Birch Co's market share jumped 4% last year.", "4%"],
      ["Alder Ltd will buy Birch Co. Each new share issued 3% below the market price.", "3%"],
      ["Alder Ltd will buy Birch Co. Its share rose to 30% of the market.", "30%"],
      ["Alder Ltd will buy Birch Co. The chip's upper circuit draws 5% more power.", "5%"],
    ] as const) {
      expect(tagOf(text, fact(text, sub, "percent", { value: Number(sub.replace("%", "")) }))?.fields ?? [], text).not.toContain("stock");
    }
  });
  it("a company compared with its own past, or a rival named beside the deal, makes no share move or other deal", () => {
    for (const text of ["Alder Ltd agreed to buy Birch Co. Birch Co was 20 per cent higher than a year ago.\n", "Alder Ltd agreed to buy Birch Co. Birch Co's revenue was 20 per cent higher.\n"]) {
      expect(tagOf(text, fact(text, "20 per cent", "percent", { value: 20 }))?.fields ?? [], text).not.toContain("stock");
    }
    // "competition with its rival Z": Z is no counterpart, so the day stays this deal's.
    const rival = "Alder Ltd said on Tuesday it would invest more in Birch Co, setting the stage for more competition with its rival Cedar Inc.\n";
    const cedar = (text: string) => [fact(text, "Cedar Inc", "org", { name: "Cedar" })];
    expect(tagOf(rival, fact(rival, "Tuesday", "date", { iso: "2026-01-06" }), null, cedar(rival))?.fields).toEqual(["announced"]);
    const partner = "Alder Ltd agreed to buy Birch Co for $2 billion. Alder Ltd said on Tuesday it had signed a supply deal with Cedar Inc.\n";
    expect(tagOf(partner, fact(partner, "Tuesday", "date", { iso: "2026-01-06" }), null, cedar(partner))?.fields ?? []).not.toContain("announced");
  });
  it("a weekday that closes a sentence is the deal's day only where the sentence tells the deal, not a share move", () => {
    const move = "Alder Ltd agreed to buy Birch Co. Birch Co shares fell 5% Tuesday.\n";
    expect(tagOf(move, fact(move, "Tuesday", "date", { iso: "2026-01-06" }))?.fields ?? []).not.toContain("announced");
    const other = "Alder Ltd agreed to buy Birch Co for $2 billion. The board met Tuesday.\n";
    expect(tagOf(other, fact(other, "Tuesday", "date", { iso: "2026-01-06" }))?.fields ?? []).not.toContain("announced");
  });
  it("a market's day is the deal's only where the deal is what was said right after it ('… Tuesday after the company said it would acquire Y')", () => {
    for (const text of ["Alder Ltd agreed to buy Birch Co for $2 billion. Birch Co shares fell 5% Tuesday after the regulator said it would review the deal.\n", "Alder Ltd agreed to buy Birch Co for $2 billion. Birch Co shares fell 5% Tuesday after analysts said the outlook was weak.\n", "Birch Co shares fell 5% on Tuesday after announcing weak results.\n"]) {
      expect(tagOf(text, fact(text, "Tuesday", "date", { iso: "2026-01-06" }))?.fields ?? [], text).not.toContain("announced");
    }
  });
  it("a stake's worth with no sale in its clause is no value ('its $50 billion stake in Y'); a deal this one is measured against is another deal ('It surpasses X's agreement in March to buy …')", () => {
    const hold = "Alder Ltd will buy Birch Co's port. Its $50 billion stake in Cedar Inc is its largest holding.\n";
    expect(tagOf(hold, fact(hold, "$50 billion", "money", usd(50e9)))?.fields ?? []).not.toContain("value");
    const other = "Alder Ltd will buy a stake in Birch Co's pipelines. It surpasses Cedar Inc's agreement in March to buy the waste arm of Dogwood Plc for £4.2 billion.\n";
    expect(tagOf(other, fact(other, "£4.2 billion", "money", { amount: 4.2e9, currency: "GBP" }))?.fields ?? []).not.toContain("value");
    const similar = "Alder Ltd will buy a stake in Birch Co's gas pipelines. In a similarly-structured transaction in April, Birch Co sold a $12.4 billion stake in its oil pipelines to Cedar Inc.\n";
    expect(tagOf(similar, fact(similar, "$12.4 billion", "money", usd(12.4e9)))?.fields ?? []).not.toContain("value");
  });
  it("an equity investment beside a licence's or a collaboration's upfront payment is one part of what is paid, not the value; an equity investment alone is", () => {
    for (const [text, sub] of [
      ["Birch Co will secure $3.95bn (£3.5bn) upfront payment and $1.1bn (£874m) equity investment from Alder Ltd under the licence.\n", "$1.1bn"],
      ["Birch Co will secure $3.95bn (£3.5bn) upfront payment and $1.1bn (£874m) equity investment from Alder Ltd under the licence.\n", "£874m"],
      ["Alder Ltd agreed to pay $3.95 billion upfront and make an equity investment of $1.1 billion as part of a 10-year collaboration with Birch Co.\n", "$1.1 billion"],
    ]) {
      const f = fact(text, sub, "money", sub.startsWith("£") ? { amount: 874e6, currency: "GBP" } : usd(1.1e9));
      expect(tagOf(text, f)?.fields ?? [], `${sub} in ${text}`).not.toContain("value");
    }
    const alone = "Alder Ltd will make a $500 million equity investment in Birch Co, the companies said.\n";
    expect(tagOf(alone, fact(alone, "$500 million", "money", usd(5e8)))?.fields).toEqual(["value"]);
  });
  it("a contingent or deferred consideration is a part paid later, not the deal's value", () => {
    for (const text of ["Alder Ltd will buy Birch Co's mine. The deal also includes a contingent consideration of up to $120 million.\n", "Alder Ltd agreed to buy Birch Co, with a deferred consideration of $120 million.\n"]) {
      expect(tagOf(text, fact(text, "$120 million", "money", usd(120e6)))?.fields ?? [], text).not.toContain("value");
    }
    const total = "Alder Ltd agreed to buy Birch Co's mine for a total consideration of $120 million.\n";
    expect(tagOf(total, fact(total, "$120 million", "money", usd(120e6)))?.fields).toContain("value");
  });
  it("'a separate' marks another deal, not this deal's own release or a spin-off's listing", () => {
    const own = "Alder Ltd will pay $6.9 billion for 77% of Birch Co's coal unit, Alder Ltd said in a separate release on Tuesday.\n";
    expect(tagOf(own, fact(own, "Tuesday", "date", { iso: "2026-01-06" }))?.fields).toEqual(["announced"]);
    const spin = "Alder Ltd on Tuesday said it had struck a $9 billion deal to buy Birch Co's coal unit, as it pushes on with plans to spin off its own coal arm into a separate U.S.-listed firm.\n";
    expect(tagOf(spin, fact(spin, "$9 billion", "money", usd(9e9)))?.fields).toEqual(["value"]);
    const other = "Alder Ltd will buy Birch Co. In a separate deal, Alder Ltd sold its port to Cedar Inc for $2 billion.\n";
    expect(tagOf(other, fact(other, "$2 billion", "money", usd(2e9)))?.fields ?? []).not.toContain("value");
  });
  it("a price something closed at, or all a company raised to date, is no round ('the units closed at $13.31')", () => {
    for (const [text, sub, value, field] of [
      ["Alder Ltd will buy Birch Co. The units closed at $13.31, up 23.9%.", "$13.31", 13.31, null],
      ["Alder Ltd will buy Birch Co. Birch Co closed a $50 million round led by Alder Ltd.", "$50 million", 5e7, "value"],
      ["Alder Ltd will buy Birch Co. Birch Co has raised $455 million to date from Alder Ltd.", "$455 million", 4.55e8, null],
    ] as const) {
      const f = fact(text, sub, "money", usd(value));
      expect(tagOf(text, f)?.fields[0] ?? null, text).toBe(field);
    }
  });
  it("an offer made and turned down before this one is another deal: 'had earlier agreed to a $2.84 billion offer'", () => {
    for (const [text, sub, amount, field] of [
      ["Alder Ltd signed a $30 billion cloud deal with Birch Co. An earlier contract worth $10 billion went to Cedar.", "$10 billion", 1e10, null],
      ["Birch Co agreed to Alder Ltd's increased offer of $4.5 billion. Birch Co had earlier agreed to a $2.84 billion offer from Alder Ltd, but ended it.", "$2.84 billion", 2.84e9, null],
      ["Birch Co agreed to Alder Ltd's offer of $4.5 billion. Alder Ltd's original bid of $3 billion was turned down.", "$3 billion", 3e9, null],
      // A marker in a trailing clause of its own speaks of the past, not of the figure before it.
      ["Birch Co on Thursday agreed to Alder Ltd's increased offer of $4.5 billion, days after Alder Ltd went to court over a previous deal.", "$4.5 billion", 4.5e9, "value"],
      // One year, month or week, as well as several: the earlier order is another deal.
      ["Alder Air ordered 60 jets from Birch Co worth $7.3 billion at list prices. The deal comes a year after Alder Air ordered 20 smaller jets, an order that was valued at $2.1 billion at list prices at the time.", "$2.1 billion", 2.1e9, null],
      ["Alder Air ordered 60 jets from Birch Co. The deal comes a month after Alder Air signed a $2.1 billion engine deal with Cedar.", "$2.1 billion", 2.1e9, null],
      ["Alder Ltd and Birch Co agreed a $500 million car plant venture. Also this month, Alder Ltd and Cedar Power signed a $2.1 billion charging deal.", "$2.1 billion", 2.1e9, null],
      ["Alder Ltd signed a $500 million jet deal with Birch Co. Also on February 10, Cedar cleared Alder Ltd to buy 36 jets as part of an estimated $2.1 billion deal.", "$2.1 billion", 2.1e9, null],
      // A trailing clause opened by "when" about the current contract speaks of that one alone.
      ["Alder Ltd and Birch Co on Tuesday inked a $78 billion deal to extend the supply of gas for another 20 years beyond 2028, when the current long-term contract is set to expire.", "$78 billion", 7.8e10, "value"],
      ["Alder Ltd signed a new gas deal with Birch Co. This extends an existing LNG sale and purchase agreement worth $2.1 billion.", "$2.1 billion", 2.1e9, null],
      ["Alder Ltd signed a $1.5 billion rights deal with Birch Co. Alder Ltd's existing $1.182 billion six-year pact still has one year left to run.", "$1.182 billion", 1.182e9, null],
      // "also" and a day with no deal of its own before it: the same deal's figure.
      ["Alder Ltd signed a $2.1 billion jet deal with Birch Co on February 10.", "$2.1 billion", 2.1e9, "value"],
    ] as const) {
      const f = fact(text, sub, "money", usd(amount));
      expect(tagOf(text, f)?.fields[0] ?? null, text).toBe(field);
    }
  });
  it("a press release's dateline dates the announcement, not a later date on its line", () => {
    const text = "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Birch Co today announced a merger agreement under which Alder Ltd will acquire it. The price is an 88% premium to the close on March 7, 2026.";
    const facts = [...orgs(text), fact(text, "March 7, 2026", "date", { iso: "2026-03-07" })].sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts, "2026-03-11");
    expect(tags[facts.findIndex((f) => f.type === "date")]?.fields ?? []).not.toContain("announced");
  });
  it("a corporate suffix alone is no party ('2seventy bio, Inc.')", () => {
    const text = "Alder Ltd will acquire 2seventy bio, Inc. for $5.00 per share. Alder Ltd said the deal would close soon.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key)).not.toContain("inc");
  });
  it("a deal named after a company that is no party was announced on its own day ('the Cedar acquisition, which was announced earlier on Oct 8'); one named after a party is this deal's", () => {
    const claims = (text: string, sub: string) => tagOf(text, fact(text, sub, "date", { iso: "2025-10-08" }))?.fields ?? [];
    const lead = "Alder Ltd agreed to buy a 16% stake in Birch Co from Elm Fund for $2 billion. ";
    expect(claims(lead + "The sale needs the completion of the Cedar Health acquisition, which was announced earlier on Oct 8.", "Oct 8")).not.toContain("announced");
    expect(claims(lead + "Birch Co announced the Cedar acquisition on Oct 8, 2025.", "Oct 8, 2025")).not.toContain("announced");
    expect(claims(lead + "That follows an additional 30% equity interest in Cedar Saglik Holding AS, which was announced on Oct 8 this year.", "Oct 8")).not.toContain("announced");
    expect(claims(lead + "Alder Ltd announced the Birch Co acquisition on Oct 8.", "Oct 8")).toContain("announced");
  });
  it("a city's dateline with no dash dates the deal only where the city is in capitals ('LONDON, July 23 Japan's …'); a place noun after a name makes it a place, no counterpart ('in Hong Kong’s Central district')", () => {
    const text = "Leeds, July 23 Alder Ltd has agreed to buy Birch Co.";
    expect(tagOf(text, fact(text, "July 23", "date", { iso: "2025-07-23" }))?.fields ?? []).not.toContain("announced");
    const place = "Alder Ltd announced on Tuesday that it agreed to buy Dover Tower, a 36-storey office building in Hong Kong’s Central district, from developer Birch Co for about US$1.25 billion.";
    const facts: RawFact[] = [...orgs(place), { type: "org", start: place.indexOf("Central"), end: place.indexOf("Central") + 7, value: { name: "Central" }, rule: "test" }];
    const f = fact(place, "US$1.25 billion", "money", { amount: 1.25e9, currency: "USD", qualifier: "about" });
    facts.push(f);
    facts.sort((a, b) => a.start - b.start);
    expect(tagFields(place, facts, "2026-07-14")[facts.indexOf(f)]?.fields).toEqual(["value"]);
  });
  it("a dated dateline is the announcement only where the date follows the places that open the line", () => {
    const text = "WARWICK, England, 6 January 2026 - Alder Ltd and Birch Co have agreed to form a venture, a plan first floated on 3 March 2025.";
    const facts = [...orgs(text), fact(text, "6 January 2026", "date", { iso: "2026-01-06" }), fact(text, "3 March 2025", "date", { iso: "2025-03-03" })].sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts, "2026-01-06");
    expect(tags.map((t, i) => (t?.fields.includes("announced") ? text.slice(facts[i]!.start, facts[i]!.end) : null)).filter(Boolean)).toEqual(["6 January 2026"]);
  });
  it("Markdown emphasis on a figure is no word between it and its cue; loans alone are no grant", () => {
    const text = "Alder Ltd on Friday finalised **$4.25 billion** in federal support for Birch Co. Birch Co also gets up to $2.4 billion in federal loans.";
    const f = fact(text, "$4.25 billion", "money", usd(4.25e9));
    expect(tagOf(text, f)?.rules).toEqual({ value: "value.in-grants" });
    const g = fact(text, "$2.4 billion", "money", usd(2.4e9, "up to"));
    expect(tagOf(text, g)?.fields ?? []).not.toContain("value");
    // Money reached through funding is no grant: "in unused liquidity through funding from X".
    const liquidity = "Birch Co accessed $70 billion in unused liquidity through funding from Alder Ltd.";
    expect(tagOf(liquidity, fact(liquidity, "$70 billion", "money", usd(7e10)))?.fields ?? []).not.toContain("value");
    const said = "Alder Ltd will sell __€900m__ of bonds. Birch Co agreed a deal with Alder Ltd that is worth *€2bn*.";
    expect(tagOf(said, fact(said, "€2bn", "money", { amount: 2e9, currency: "EUR" }))?.rules).toEqual({ value: "value.worth" });
  });
  it("a rival's offer, made by an organisation that is no party, claims no value ('a day after Y made an offer of $800m for Z'); the party's own offer does", () => {
    for (const [text, sub, amount, yes] of [
      ["Alder Ltd agreed to buy Birch Co for an undisclosed sum. The deal was revealed a day after Cedar Malls, the operator of Dubai’s biggest mall, made an offer of $800m for Birch Co.", "$800m", 8e8, false],
      ["Alder Ltd agreed to buy Birch Co for $650m. Dubai-based Cedar Malls confirmed offering $800 million to acquire the site.", "$800 million", 8e8, false],
      ["Alder Ltd agreed to buy Birch Co, despite a bid by Cedar Malls to cut in with an offer it said was worth $800 million.", "$800 million", 8e8, false],
      ["Alder Ltd agreed to buy Birch Co. Alder Ltd made an offer of $650m for Birch Co.", "$650m", 6.5e8, true],
    ] as const) {
      const cedar = text.indexOf("Cedar Malls");
      const more: RawFact[] = cedar < 0 ? [] : [{ type: "org", start: cedar, end: cedar + 11, value: { name: "Cedar Malls" }, rule: "test" }];
      expect((tagOf(text, fact(text, sub, "money", usd(amount)), null, more)?.fields ?? []).includes("value"), text).toBe(yes);
    }
  });
  it("a spread below a price, a listing's proceeds in an earlier year and 'the 2021 sale of X' claim no value", () => {
    const text = "Alder Ltd will buy Birch Co for $8.2 billion. Birch Co closed $3.26 below the cash price. Birch Co went public in 2018, raising $172 million. It is the biggest since the 2021 sale of Cedar Bio for $5.6 billion.";
    const money = [["$8.2 billion", 8.2e9], ["$3.26", 3.26], ["$172 million", 1.72e8], ["$5.6 billion", 5.6e9]] as const;
    const facts = [...orgs(text), ...money.map(([sub, amount]) => fact(text, sub, "money", usd(amount))), fact(text, "2018", "date", { iso: "2018" }), fact(text, "2021", "date", { iso: "2021" })];
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts, "2026-11-16");
    const fieldsOf = (sub: string) => tags[facts.findIndex((f) => text.slice(f.start, f.end) === sub)]?.fields ?? [];
    expect(fieldsOf("$8.2 billion")).toEqual(["value"]);
    for (const [sub] of money.slice(1)) expect(fieldsOf(sub), sub).not.toContain("value");
  });
  it("a second predicate with a deal of its own ('…, and would sell 38 stores to Cedar Foods') leaves the figure before it to this deal", () => {
    const text = "Alder Ltd said it had agreed to buy Birch Co for C$3.4 billion in cash, and would sell 38 stores to Cedar Foods for C$300 million.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Foods"), end: text.indexOf("Cedar Foods") + 11, value: { name: "Cedar Foods" }, rule: "test" }];
    const f = fact(text, "C$3.4 billion", "money", { amount: 3.4e9, currency: "CAD" });
    const g = fact(text, "C$300 million", "money", { amount: 3e8, currency: "CAD" });
    facts.push(f, g);
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts);
    expect(tags[facts.indexOf(f)]?.fields).toEqual(["value"]);
    expect(tags[facts.indexOf(g)]?.fields ?? []).not.toContain("value");
  });
  it("a sale to a party that is not the side that buys ('…, and to sell its card unit to Cedar Partners for $13 billion') is another deal; a sale to the buyer is this one", () => {
    const text = "Alder Ltd agreed to buy Birch Co from Cedar Partners for $24 billion, and to sell its card unit to Cedar Partners for $13 billion. The sale price is a 30% premium to Birch Co's price.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Partners"), end: text.indexOf("Cedar Partners") + 14, value: { name: "Cedar Partners" }, rule: "test" }];
    const second = text.indexOf("Cedar Partners", text.indexOf("Cedar Partners") + 1);
    facts.push({ type: "org", start: second, end: second + 14, value: { name: "Cedar Partners" }, rule: "test" });
    const f = fact(text, "$24 billion", "money", usd(24e9));
    const g = fact(text, "$13 billion", "money", usd(13e9));
    const p = fact(text, "30%", "percent", { value: 30 });
    facts.push(f, g, p);
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts);
    expect(tags[facts.indexOf(f)]?.fields).toEqual(["value"]);
    expect(tags[facts.indexOf(g)]?.fields ?? []).not.toContain("value");
    // "a 30% premium to Birch Co" after "sale" is no sale to Birch Co.
    expect(tags[facts.indexOf(p)]?.fields).toEqual(["premium"]);
    // Sold to the side that buys: the deal's own figure.
    const own = "Cedar Partners agreed to sell Birch Co to Alder Ltd for $24 billion.";
    const ownFacts: RawFact[] = [{ type: "org", start: 0, end: 14, value: { name: "Cedar Partners" }, rule: "test" }, ...orgs(own)];
    const h = fact(own, "$24 billion", "money", usd(24e9));
    ownFacts.push(h);
    ownFacts.sort((a, b) => a.start - b.start);
    expect(tagFields(own, ownFacts)[ownFacts.indexOf(h)]?.fields).toEqual(["value"]);
  });
  it("a clause that sets the deal against a rival's ('…, topping a $172 million offer from Cedar Brands') leaves the date before it to this deal", () => {
    const text = "Alder Ltd bought Birch Co. Birch Co said Wednesday that Alder Ltd had made the highest bid for its stores, topping a $172 million offer from Cedar Brands.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Brands"), end: text.indexOf("Cedar Brands") + 12, value: { name: "Cedar Brands" }, rule: "test" }];
    const f = fact(text, "Wednesday", "date", { iso: "2026-01-07" });
    const g = fact(text, "$172 million", "money", { amount: 1.72e8, currency: "USD" });
    facts.push(f, g);
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts, "2026-01-09");
    expect(tags[facts.indexOf(f)]?.fields).toEqual(["announced"]);
    expect(tags[facts.indexOf(g)]?.fields ?? []).not.toContain("value");
  });
  it("a sum paid for, or a past purchase of, an organisation that is no party is another deal's; a premium over another deal's price leaves this deal's figure alone", () => {
    const cedar = (text: string): RawFact[] => {
      const i = text.indexOf("Cedar Software");
      return i < 0 ? [] : [{ type: "org", start: i, end: i + 14, value: { name: "Cedar Software" }, rule: "test" }];
    };
    for (const [text, sub, yes] of [
      ["Alder Ltd will buy Birch Co for $8 billion. In March, Alder Ltd agreed to pay $10.7 billion for enterprise software firm Cedar Software and closed that deal in June.", "$10.7 billion", false],
      ["Alder Ltd will buy Birch Co for $8 billion. Over the past few years it has bought Cedar Software for $5.5bn.", "$5.5bn", false],
      ["Alder Ltd will buy Birch Co for $8 billion. Alder Ltd agreed to pay $8 billion for Birch Co, the parent of Cedar Software.", "$8 billion", true],
      ["Alder Ltd will buy Birch Co. The deal values Birch Co at $8 billion, which is a premium to the $6 billion that Dunmore paid for Cedar Software.", "$8 billion", true],
    ] as const) {
      const f = fact(text, sub, "money", usd(Number(sub.replace(/[^\d.]/g, "")) * 1e9));
      const fromEnd = text.lastIndexOf(sub);
      const g = { ...f, start: fromEnd, end: fromEnd + sub.length };
      expect((tagOf(text, g, null, cedar(text))?.fields ?? []).includes("value"), text).toBe(yes);
    }
  });
  it("a sum paid with no term after it is no contract total ('paid $5 million in fees'); one paid over the term is", () => {
    for (const [text, sub, yes] of [
      ["Alder Ltd renewed its contract with the league, paying $11 billion over 12 years.", "$11 billion", true],
      ["Alder Ltd renewed its contract with the league and paid $5 million in fees over the weekend.", "$5 million", false],
      ["Alder Ltd renewed its contract with the league, paying $5 million to advisers.", "$5 million", false],
    ] as const) {
      const tag = tagOf(text, fact(text, sub, "money", usd(Number(sub.replace(/\D/g, "")) * (sub.includes("billion") ? 1e9 : 1e6))));
      expect((tag?.fields ?? []).includes("value"), text).toBe(yes);
    }
  });
  it("a rival's own deal ('Birch Co ditches Cedar’s £1.6bn deal') claims no value", () => {
    const text = "Alder Ltd has won back the support of Birch Co’s board for its £1.73bn takeover. Birch Co ditches Cedar Partners’ £1.6bn deal to back the sweetened Alder Ltd bid.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Partners"), end: text.indexOf("Cedar Partners") + 14, value: { name: "Cedar Partners" }, rule: "test" }];
    const f = fact(text, "£1.6bn", "money", { amount: 1.6e9, currency: "GBP" });
    const g = fact(text, "£1.73bn", "money", { amount: 1.73e9, currency: "GBP" });
    facts.push(f, g);
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts);
    expect(tags[facts.indexOf(g)]?.fields).toEqual(["value"]);
    expect(tags[facts.indexOf(f)]?.fields ?? []).not.toContain("value");
  });
  it("a rival's offer with its ticker in brackets is another deal ('superior to Cedar's (CDR) revised offer of $3.8b')", () => {
    const text = "Alder Ltd raised its offer for Birch Co to $3.9b. Birch Co said Alder Ltd's offer is superior to Cedar Group's (CDR) revised offer of $3.8b.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Group"), end: text.indexOf("Cedar Group") + 11, value: { name: "Cedar Group" }, rule: "test" }];
    const f = fact(text, "$3.8b", "money", usd(3.8e9));
    facts.push(f);
    facts.sort((a, b) => a.start - b.start);
    expect(tagFields(text, facts)[facts.indexOf(f)]?.fields ?? []).not.toContain("value");
    // A figure right after a rival's possessive is the rival's; the deal's own figure before it stays.
    const t2 = "Alder Ltd raised its offer for Birch Co to $3.9b, superior to Cedar Group's $3.8b.";
    const facts2: RawFact[] = [...orgs(t2), { type: "org", start: t2.indexOf("Cedar Group"), end: t2.indexOf("Cedar Group") + 11, value: { name: "Cedar Group" }, rule: "test" }];
    const g = fact(t2, "$3.8b", "money", usd(3.8e9)), h = fact(t2, "$3.9b", "money", usd(3.9e9));
    facts2.push(g, h);
    facts2.sort((a, b) => a.start - b.start);
    const tags = tagFields(t2, facts2);
    expect(tags[facts2.indexOf(g)]?.fields ?? []).not.toContain("value");
    expect(tags[facts2.indexOf(h)]?.fields).toEqual(["value"]);
  });
  it("a possessive is no organisation's own deal across a comma ('according to Cedar's calculations, after its previous offer')", () => {
    const text = "Alder Ltd raises bid for Birch Co\n\nAlder Ltd will offer $12.50 per share, valuing Birch Co at about $3.4bn according to Cedar Analytics' calculations, after its previous offer was rejected.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Analytics"), end: text.indexOf("Cedar Analytics") + 15, value: { name: "Cedar Analytics" }, rule: "test" }];
    const f = fact(text, "$3.4bn", "money", usd(3.4e9));
    facts.push(f);
    facts.sort((a, b) => a.start - b.start);
    expect(tagFields(text, facts)[facts.indexOf(f)]?.fields).toEqual(["value"]);
  });
  /** Each text's dollar amount `sub` (of `amount`) is no claim on the deal's value. */
  const noValue = (amount: number, cases: readonly (readonly [string, string])[]) => {
    for (const [text, sub] of cases) expect(tagOf(text, fact(text, sub, "money", usd(amount)))?.fields ?? [], text).not.toContain("value");
  };
  it("a company's market capitalisation is no deal value, whatever deal noun follows it", () => {
    noValue(2.15e9, [
      ["In February, Birch Co, which has a market capitalisation of $2.15 billion, turned down a non-binding acquisition offer by Alder Ltd.", "$2.15 billion"],
      ["Birch Co, with a market cap of about $2.15 billion, rejected the takeover proposal from Alder Ltd.", "$2.15 billion"],
    ]);
  });
  it("a worth set before something that is no deal, or after a deal that is another clause's, is no value", () => {
    noValue(5e9, [
      ["Worth $5 billion, Birch Co is the largest company in the region that Alder Ltd has bought.", "$5 billion"],
      ["The deal between Alder Ltd and Birch Co closed in May, and the company is worth $5 billion.", "$5 billion"],
    ]);
  });
  it("an offer set against the price is a premium, not a share move; shares that closed higher than before are a move", () => {
    const premium = "Alder Ltd will pay $13.65 a share. The price is 25 percent higher than Birch Co's closing share price.";
    expect(tagOf(premium, fact(premium, "25 percent", "percent", { value: 25 }))?.fields).toEqual(["premium"]);
    const move = "The bid sent Birch Co shares 25 percent higher than their closing price on Friday.";
    expect(tagOf(move, fact(move, "25 percent", "percent", { value: 25 }))?.fields).toEqual(["stock"]);
  });
  it("the size of a capital increase is no share move ('new shares from a 10% capital increase')", () => {
    const text = "Alder Ltd would also buy new Birch Co shares from a 10% capital increase.";
    expect(tagOf(text, fact(text, "10%", "percent", { value: 10 }))?.fields ?? []).not.toContain("stock");
  });
  it("a market value a company once had is no claim on how the market took the deal", () => {
    for (const text of [
      "Birch Co, which Alder Ltd is buying, once topped a market capitalisation of $100 billion as the biggest PC maker.",
      "Birch Co was once the world's largest PC maker and boasted a market capitalization above $100 billion.",
      "Birch Co, which Alder Ltd is buying, listed in 2021, hitting a peak market cap of $100 billion.",
    ]) {
      expect(tagOf(text, fact(text, "$100 billion", "money", usd(1e11)))?.fields ?? [], text).not.toContain("stock");
    }
    const now = "Birch Co's market capitalisation rose to $100 billion after Alder Ltd agreed to buy it.";
    expect(tagOf(now, fact(now, "$100 billion", "money", usd(1e11)))?.fields).toEqual(["stock"]);
  });
  it("an amount a share price moved by is its change, with the direction; the price it moved to is the price", () => {
    const text = "Birch Co shares fell 11 cents to $13.38 per share in morning trading after Alder Ltd agreed to buy it.";
    const by = tagOf(text, fact(text, "11 cents", "money", usd(0.11)));
    expect([by?.fields, by?.aspects?.stock, by?.down]).toEqual([["stock"], "shares change|birch", ["stock"]]);
    const to = tagOf(text, fact(text, "$13.38", "money", usd(13.38)));
    expect([to?.fields, to?.aspects?.stock]).toEqual([["stock"], "shares|birch"]);
  });
  it("money put in beside the price ('will also provide $300 million for the stadium') is a side commitment of the value, not its worth", () => {
    for (const [text, sub, aspect] of [
      ["Alder Ltd will buy 25% of Birch Co. Alder Ltd will also provide $300 million for future investment into the stadium.", "$300 million", "side commitment"],
      ["Alder Ltd will buy 25% of Birch Co for about $1.3 billion.", "$1.3 billion", undefined],
    ] as const) {
      const tag = tagOf(text, fact(text, sub, "money", usd(Number(sub.replace(/[^\d.]/g, "")) * (sub.includes("billion") ? 1e9 : 1e6))));
      expect(tag?.fields, text).toEqual(["value"]);
      expect(tag?.aspects?.value, text).toBe(aspect);
    }
  });
  it("an upfront payment is a part of the value: after its conversion in brackets ('€469 million ($492 million) upfront') and after 'an upfront payment of'", () => {
    for (const [text, sub, value] of [
      ["Alder Ltd agreed to pay €469 million ($492 million) upfront for rights to co-develop Birch Co’s drug.", "€469 million", { amount: 4.69e8, currency: "EUR" }],
      ["Alder Ltd agreed to pay $500 million upfront for rights to co-develop Birch Co’s drug.", "$500 million", usd(5e8)],
    ] as const) {
      const tag = tagOf(text, fact(text, sub, "money", value));
      expect(tag?.fields, text).toEqual(["value"]);
      expect(tag?.aspects?.value, text).toBe("upfront");
    }
    const text = "Alder Ltd will license Birch Co’s drug in a deal with an upfront payment of $500 million.";
    const tag = tagOf(text, fact(text, "$500 million", "money", usd(5e8)));
    expect(tag?.fields).toEqual(["value"]);
    expect(tag?.aspects?.value).toBe("upfront");
    const plain = "Alder Ltd agreed to pay $500 million for rights to co-develop Birch Co’s drug.";
    expect(tagOf(plain, fact(plain, "$500 million", "money", usd(5e8)))?.aspects?.value).toBeUndefined();
  });
  it("a count, then the plural of a word the text writes alone ('orders 42 Rafales' beside 'Rafale fighter jets'), is goods, no party", () => {
    const keys = (text: string) => partiesOf(text).map((p) => p.key);
    expect(keys("Alder Ltd will order 42 Varnel fighter jets. “Alder Ltd orders 42 Varnels,” she said.")).not.toContain("varnels");
    // Where the text never writes the word alone, the plural stays a name ("orders 300 Airbus" is no plural).
    expect(keys("Alder Ltd orders 42 Varnels from Birch Co.")).toContain("varnels");
  });
  it("a count, a name and a noun of goods ('to buy six Varnel warplanes') are goods, no party; a maker the text names as a company stays", () => {
    const keys = (text: string) => partiesOf(text).map((p) => p.key);
    expect(keys("Alder Ltd agreed to buy six Varnel warplanes from Birch Co.")).not.toContain("varnel");
    expect(keys("Alder Ltd will buy six 4.5-generation Cedar Varnel fighter jets.")).not.toContain("cedar varnel");
    // A number word before the plural: "the first batch of six Varnels".
    expect(keys("Alder Ltd will order Varnel jets. Alder Ltd will pay for the first batch of six Varnels from Birch Co.")).not.toContain("varnels");
    // The maker, named as a company elsewhere ("Zephyra said"), is a party.
    const maker = "Alder Ltd agreed to buy 60 Zephyra jets. Zephyra said deliveries start in 2027.";
    const said = maker.lastIndexOf("Zephyra");
    const facts = [...orgs(maker), { type: "org", start: said, end: said + 7, value: { name: "Zephyra" }, rule: "test" } as RawFact];
    expect((summarizeSource(maker, facts, null) as unknown as DealSummary).parties.map((p) => p.key)).toContain("zephyra");
    expect(keys("Alder Ltd agreed to buy 60 Zephyra jets.")).not.toContain("zephyra");
    // No count before it: a name, whatever follows.
    expect(keys("Alder Ltd agreed to buy Varnel Aircraft from Birch Co.")).toContain("varnel aircraft");
  });
  it("a country is the counterpart of an agreement ('signed a deal with France'), not in the possessive ('a deal with Canada's Birch Co')", () => {
    const keys = (text: string) => partiesOf(text).map((p) => p.key);
    // In a title-case headline too: "India Signs LNG Deal with Qatar" ("LNG" alone is the fuel, no name).
    expect(keys("India Signs LNG Deal with Qatar Valued at USD 78 Billion").sort()).toEqual(["india", "qatar"]);
    expect(keys("Indonesia signed a deal with France on Thursday to buy fighter jets.")).toEqual(expect.arrayContaining(["indonesia", "france"]));
    expect(keys("Alder Ltd signed a deal with Canada's Birch Co on Thursday.")).not.toContain("canada");
  });
  it("a place's possessive before a name ('and India’s Birch Co signed') and in an appositive ('X, India’s biggest importer, said it has signed') leaves the statement whole", () => {
    const keys = (text: string) => partiesOf(text).map((p) => p.key).sort();
    expect(keys("Alder Ltd and India’s Birch Co signed their biggest single deal for supplies of gas on Tuesday.")).toEqual(["alder", "birch"]);
    expect(keys("Alder Ltd, India’s biggest gas importer, in a statement said it has signed a pact with Birch Co.")).toEqual(["alder", "birch"]);
    // A possessive that is no place's is the owner's: no statement between the two.
    expect(keys("Alder Ltd and Cedar's Birch Co signed their biggest deal on Tuesday.")).not.toEqual(["alder", "birch"]);
  });
  it("a list after the later name of a statement: 'Y agreed to be acquired by X and Z' makes Z a co-acquirer", () => {
    const text = "Cedar Group said it had agreed to be acquired by Alder Ltd and Birch Co for £7.2 billion.";
    const facts = [...orgs(text), { type: "org", start: 0, end: 11, value: { name: "Cedar Group" }, rule: "test" } as RawFact].sort((a, b) => a.start - b.start);
    const parties = (summarizeSource(text, facts, null) as unknown as DealSummary).parties;
    expect(parties.find((p) => p.key.startsWith("birch"))?.roles).toEqual({ "co-acquirer": expect.any(Number) });
    expect(parties.find((p) => p.key.startsWith("alder"))?.roles).toEqual({ acquirer: expect.any(Number) });
  });
  it("a word joined by a hyphen to a number ('7-Eleven') is no name of its own", () => {
    const names = findMentions("The firm that owns 7-Eleven agreed to buy Birch Co.", [], new Set(), new Set()).map((m) => m.name);
    expect(names).toContain("Birch Co");
    expect(names).not.toContain("Eleven");
  });
  it("'LNG' alone is the fuel, no party; 'Petronet LNG'-like names keep it", () => {
    const text = "Alder LNG signed a deal with Birch Co to buy LNG. LNG prices fell.";
    const names = findMentions(text, [], new Set(), new Set(), [], new Set(), { notAlone: new Set(["LNG"]) }).map((m) => m.name);
    expect(names).toEqual(["Alder LNG", "Birch Co"]);
  });
  it("an abbreviation's full stops end no clause: a statement reads through 'U.S.' and 'U.K.'", () => {
    const text = "Alder Ltd agreed to buy the water-treatment business of U.S. conglomerate Birch Co for $3.6 billion.";
    expect(partiesOf(text).find((p) => p.key.startsWith("birch"))?.rules).toContain("party.buy-unit-of");
  });
  it("goods valued at a figure are no company's valuation ('220 Birch Co aircraft valued at $34 billion')", () => {
    const text = "Alder Ltd is buying 220 Birch Co aircraft valued at $34 billion.";
    expect(tagOf(text, fact(text, "$34 billion", "money", usd(3.4e10)))?.fields ?? []).not.toContain("valuation");
    const firm = "Alder Ltd led the round in Birch Co, which is now valued at $34 billion.";
    expect(tagOf(firm, fact(firm, "$34 billion", "money", usd(3.4e10)))?.fields).toEqual(["valuation"]);
  });
  it("a consortium's other member is a party: no counterpart that makes the sentence another deal's ('an agreement with Alder Ltd and Cedar Mining')", () => {
    const text = "On July 29, 2024, Alder Ltd announced it entered into a binding agreement with Dunmore and Cedar Mining.";
    const org = (name: string): RawFact => ({ type: "org", start: text.indexOf(name), end: text.indexOf(name) + name.length, value: { name }, rule: "test" });
    expect(tagOf(text, fact(text, "July 29, 2024", "date", { iso: "2024-07-29" }), null, [org("Dunmore"), org("Cedar Mining")])?.fields).toEqual(["announced"]);
  });
  it("how long something has been so ('the company he has dominated for over two decades') is no term of the deal", () => {
    const text = "Alder Ltd agreed to buy Birch Co in a deal that would see its founder exit the company he has dominated for over two decades.";
    expect(tagOf(text, fact(text, "two decades", "duration", { iso: "P20Y", qualifier: "over" }))?.fields ?? []).not.toContain("term");
    const deal = "Alder Ltd signed a power deal with Birch Co that runs for over two decades.";
    expect(tagOf(deal, fact(deal, "two decades", "duration", { iso: "P20Y", qualifier: "over" }))?.fields).toEqual(["term"]);
  });
  it("a duration that qualifies another noun before the deal ('a nine-month negotiation over the deal') is no term, nor a sum before 'over the contract period' its value; the deal's own adjectives between keep it ('a seven-year strategic cloud agreement')", () => {
    const text = "In his first interview since a nine-month negotiation over the deal ended, the chief executive spoke.";
    expect(tagOf(text, fact(text, "nine-month", "duration", { iso: "P9M" }))?.fields ?? []).not.toContain("term");
    const between = "This translates into savings of $6 billion over the contract period.";
    expect(tagOf(between, fact(between, "$6 billion", "money", { amount: 6e9, currency: "USD" }))?.fields ?? []).not.toContain("value");
    const deal = "Alder Ltd signed a seven-year strategic cloud agreement with Birch Co.";
    expect(tagOf(deal, fact(deal, "seven-year", "duration", { iso: "P7Y" }))?.fields).toEqual(["term"]);
  });
  it("a price named as such is the value only in a clause about a sale ('for a total sale price of'); a product's price or a price a share is not", () => {
    const goods = "Alder Ltd set its new phone at a price of $400 in Europe.";
    expect(tagOf(goods, fact(goods, "$400", "money", { amount: 400, currency: "USD" }))?.fields ?? []).not.toContain("value");
    const perShare = "Alder Ltd will buy Birch Co at a price of $14.25 a share.";
    expect(tagOf(perShare, fact(perShare, "$14.25", "money", { amount: 14.25, currency: "USD" }))?.fields ?? []).not.toContain("value");
    const sale = "Alder Ltd will buy Birch Co at a price of $4 billion.";
    expect(tagOf(sale, fact(sale, "$4 billion", "money", { amount: 4e9, currency: "USD" }))?.fields).toEqual(["value"]);
  });
  it("'Terms of the deal with X' opens with no party", () => {
    const text = "Terms of the deal with Birch Co demonstrate Alder Ltd's commitment to the product.";
    expect(partiesOf(text).map((p) => p.key)).not.toContain("terms");
  });
  it("a share class ('the Class B shares') is no organisation, so no party", () => {
    const text = "Birch Co announced the agreement on Sunday, with Alder Ltd acquiring 25% of the Class B shares and up to 25% of Class A shares.";
    expect(partiesOf(text).map((p) => p.key)).not.toContain("class b");
  });
  it("all a company has raised is not this round's value ('In total, X has raised $570 million', 'has to date received about $570 million investment')", () => {
    for (const [text, sub, yes] of [
      ["Birch Co raised $400 million led by Alder Ltd. In total, Birch Co has raised $570 million, mostly from investors in Asia.", "$570 million", false],
      ["Birch Co raised $400 million led by Alder Ltd. Birch Co has to date received about $570 million investment.", "$570 million", false],
      ["Alder Ltd led the round. Birch Co has raised $570 million, mostly from investors in Asia.", "$570 million", true],
    ] as const) {
      expect(claimsValue(text, sub, 5.7e8), text).toBe(yes);
    }
  });
  it("'the $10.7bn sale of' a business is a deal noun; sales, and a sale not followed by what is sold, are not", () => {
    for (const [text, sub, yes] of [
      ["Birch Co has announced the $10.7bn sale of its enterprise business to Alder Ltd.", "$10.7bn", true],
      ["Alder Ltd will buy Birch Co, which had $10.7bn of sales last year.", "$10.7bn", false],
      ["Alder Ltd will buy Birch Co's catalogue, surpassing any previous $10.7bn sale publicly disclosed.", "$10.7bn", false],
    ] as const) {
      expect(claimsValue(text, sub, 1.07e10), text).toBe(yes);
    }
  });
  it("a rival's bid is not this deal's value ('another bidder came close with a bid of $900 million'), but a figure after a comma is", () => {
    for (const [text, sub, yes] of [
      ["Alder Music bought Birch Co's catalogue for $1 billion. Another bidder came close with a bid of $900 million but fell short.", "$900 million", false],
      ["Alder Music bought Birch Co's catalogue. Alder Music beat a rival bid, valuing the catalogue at $900 million.", "$900 million", true],
    ] as const) {
      expect(claimsValue(text, sub, 9e8), text).toBe(yes);
    }
  });
  it("a company 'valued at' in a funding round keeps its valuation, not the value", () => {
    const text = "Birch Co has been valued at $10.2 billion after a funding round led by Alder Ltd, a 34% premium to its last round.";
    expect(tagOf(text, fact(text, "$10.2 billion", "money", usd(10.2e9)))?.fields ?? []).not.toContain("value");
  });
  it("the sum of many deals is not this deal's value ('in deals worth $29 billion', 'a string of acquisitions worth'), but two parts of this deal are", () => {
    for (const [text, sub, yes] of [
      ["Alder Ltd will buy Birch Co for $8 billion. It is Alder Ltd's fifth take-private this year, in deals worth $29.1 billion.", "$29.1 billion", false],
      ["Alder Ltd will buy Birch Co for $8 billion, after a string of acquisitions worth more than $29.1 billion.", "$29.1 billion", false],
      ["Alder Ltd has agreed 12 deals worth $29.1 billion since 2020. It will buy Birch Co for $8 billion.", "$29.1 billion", false],
      ["Alder Ltd will buy Birch Co and Cedar Inc in two deals worth a combined $29.1 billion.", "$29.1 billion", true],
      ["Alder Ltd will buy Birch Co in a deal worth $29.1 billion.", "$29.1 billion", true],
    ] as const) {
      expect(claimsValue(text, sub, 2.91e10), text).toBe(yes);
    }
  });
  it("a co-investor that 'participated in' the round is no counterpart: the round's figure stays this deal's", () => {
    const text = "In a growth round led by Alder Ltd, and participated in by Cedar Capital and Dunmore Ventures, Birch Co has raised over $400 million.";
    const f = fact(text, "$400 million", "money", usd(4e8, "over"));
    const facts = [...orgs(text), f].sort((a, b) => a.start - b.start);
    const s = summarizeSource(text, facts) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(tagFields(text, facts)[facts.indexOf(f)]?.fields).toEqual(["value"]);
  });
  it("another company's raise is its own round, not this deal's value ('topping Cedar Bank’s raise of $109 million')", () => {
    const text = "Birch Co raised $400 million led by Alder Ltd. It is the largest raise this year, topping Cedar Bank’s raise of $109 million in February.";
    const cedar: RawFact = { type: "org", start: text.indexOf("Cedar Bank"), end: text.indexOf("Cedar Bank") + 10, value: { name: "Cedar Bank" }, rule: "test" };
    expect(tagOf(text, fact(text, "$109 million", "money", usd(1.09e8)), null, [cedar])?.fields ?? []).not.toContain("value");
  });
  it("a share move since a past month or year is an earlier move, not the deal's ('down more than 40% since last September')", () => {
    const text = "Alder Ltd will buy Birch Co. Birch Co’s stock is down more than 40% since last September.";
    const tag = tagOf(text, fact(text, "40%", "percent", { value: 40, qualifier: "more than" }));
    expect(tag?.fields).toEqual(["stock"]);
    expect(tag?.aspects).toEqual({ stock: "earlier" });
    const ytd = "Alder Ltd will buy Birch Co. Birch Co shares have surged 47.5% YTD, far outpacing the index.";
    expect(tagOf(ytd, fact(ytd, "47.5%", "percent", { value: 47.5 }))?.aspects).toEqual({ stock: "earlier" });
    const idx = "Alder Ltd will buy Birch Co. Birch Co shares have surged 47.5% YTD, far outpacing the S&P 500’s 12.9% gain.";
    expect(tagOf(idx, fact(idx, "12.9%", "percent", { value: 12.9 }))?.fields ?? []).not.toContain("stock");
    // A superlative's span is no period of the move: the move is the deal's.
    for (const [t, sub] of [["Alder Ltd will buy Birch Co. Birch Co shares closed at $24.36, up 7.9%, their best session since March.", "7.9%"], ["Alder Ltd will buy Birch Co. Birch Co shares closed up 3.8% at A$14.62, their highest level since October.", "3.8%"]] as const) {
      expect(tagOf(t, fact(t, sub, "percent", { value: Number(sub.slice(0, -1)) }))?.aspects, t).toEqual({ stock: "shares|birch" });
    }
  });
  it("an investment in the company's own assets or over years is no investment in the other party; a superlative's span with 'M&A' is no term", () => {
    for (const text of [
      "Alder Ltd will buy Birch Co. Alder Ltd will invest $2 billion in the company over the next five years to expand its stake.",
      "Alder Ltd will buy Birch Co. Alder Ltd will invest $2 billion in the company's plants, taking a stake.",
    ]) {
      expect(tagOf(text, fact(text, "$2 billion", "money", usd(2e9)))?.fields ?? [], text).not.toContain("value");
    }
    const t = "Alder Ltd and Birch Co are to merge, in what would be the biggest mining sector M&A deal in over a decade.";
    expect(tagOf(t, fact(t, "a decade", "duration", { iso: "P10Y", qualifier: "over" }))?.fields ?? []).not.toContain("term");
  });
  it("a list of partners before a day dates the deals only after an announcing verb and a plural deal noun", () => {
    for (const text of [
      "The league held talks with Alder Ltd, Cedar Media and Birch Co on Wednesday about a rights deal.",
      "The league's deals with Alder Ltd, Cedar Media and Birch Co expire on Wednesday.",
    ]) {
      expect(tagOf(text, fact(text, "Wednesday", "date", { iso: "2026-01-07" }))?.rules ?? {}, text).not.toHaveProperty("announced", "announced.deals-with-list-on");
    }
  });
  it("how the seller first came to own what it sells is another deal ('X originally acquired Y in 2001 for $12.5 billion')", () => {
    const text = "Alder Ltd has agreed to sell a 25% stake in Birch Co to a family office for 42 billion pesos. Alder Ltd originally acquired Birch Co in 2001 for $12.5 billion.";
    expect(tagOf(text, fact(text, "$12.5 billion", "money", usd(12.5e9)))?.fields ?? []).not.toContain("value");
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.flatMap((p) => p.rules)).not.toContain("party.buy");
    // Told in a relative clause, it is the company's history, and the figure after it is this deal's.
    const rel = "Alder Ltd will buy Birch Co, the loom maker it originally acquired a stake in back in 1998, from its founders for $3.1 billion.";
    expect(tagOf(rel, fact(rel, "$3.1 billion", "money", usd(3.1e9)))?.fields).toEqual(["value"]);
  });
  it("an accounting charge is no deal value, nor is a segment called 'All Other'", () => {
    for (const text of [
      "Alder Ltd will sell a stake in Birch Co to Cedar Group. Alder Ltd has recorded a goodwill impairment charge of around $726m in All Other—Legacy Franchises due to the deal.",
      "Alder Ltd will sell a stake in Birch Co to Cedar Group. It booked a write-down of $726m on the deal.",
    ]) {
      expect(tagOf(text, fact(text, "$726m", "money", usd(7.26e8)))?.fields ?? [], text).not.toContain("value");
    }
  });
  it("an investment made alongside the deal is no deal value ('As part of the deal, X is investing $100 million in equity in Y'); an investment that is the deal is", () => {
    for (const text of [
      "Alder Ltd agreed a licensing deal worth up to $6 billion with Birch Co. As part of the deal, Alder Ltd is investing $100 million in equity in Birch Co.",
      "Alder Ltd agreed a licensing deal worth up to $6 billion with Birch Co. Upon the deal's completion, Alder Ltd will make a $100 million equity investment in Birch Co.",
      "Alder Ltd agreed a licensing deal worth up to $6 billion with Birch Co. Alder Ltd will invest $100 million as an equity investment in Birch Co once the deal is complete.",
    ]) {
      expect(tagOf(text, fact(text, "$100 million", "money", usd(1e8)))?.fields ?? [], text).not.toContain("value");
    }
    const own = "Alder Ltd will invest $100 million in Birch Co, the companies said.";
    expect(tagOf(own, fact(own, "$100 million", "money", usd(1e8)))?.fields).toEqual(["value"]);
    // Part of the deal, but no investment: what the deal pays.
    const pays = "As part of the deal, Alder Ltd will pay $100 million in cash for Birch Co.";
    expect(tagOf(pays, fact(pays, "$100 million", "money", usd(1e8)))?.fields).toEqual(["value"]);
  });
  it("a long hedge between a cue and its figure is no gap ('deal is worth in the region of €280million'); other words still count", () => {
    const text = "It is believed the four-year deal is worth in the region of €280million.";
    expect(tagOf(text, fact(text, "€280million", "money", { amount: 2.8e8, currency: "EUR", qualifier: "in the region of" }))?.fields).toEqual(["value"]);
    const far = "It is believed the four-year deal is worth a lot more to the club than €280million.";
    expect(tagOf(far, fact(far, "€280million", "money", { amount: 2.8e8, currency: "EUR" }))?.fields ?? []).not.toContain("value");
  });
  it("an order's size at list prices is its value ('an order estimated at $50 billion', 'worth more than $60 billion at advertised prices', 'a list price of'); a product's list price is not", () => {
    for (const [text, sub] of [
      ["Alder Air placed a 500-aircraft order estimated at $50 billion with Birch Co.", "$50 billion"],
      ["Alder Air has ordered 500 aircraft from Birch Co worth more than $60 billion at advertised prices.", "$60 billion"],
      ["Alder Air ordered 300 jets from Birch Co with a combined list price of about $30 billion.", "$30 billion"],
    ] as const) {
      expect(tagOf(text, fact(text, sub, "money", usd(Number(sub.replace(/\D/g, "")) * 1e9)))?.fields, text).toEqual(["value"]);
    }
    noValue(3e4, [
      ["Alder Ltd will buy Birch Co. Its newest chip has a list price of about $30,000.", "$30,000"],
      // A price a unit is no deal's value, as a price a share is not.
      ["Alder Ltd will buy Birch Co, funded by a bought deal priced at $30,000 a unit.", "$30,000"],
    ]);
  });
  it("a lease's or a concession's own payments are no deal ('a $310 million upfront concession fee', 'lease payments'), nor is a release ('According to the release, Alder Ltd will invest …')", () => {
    noValue(3.1e8, [
      ["Alder Ltd will build the terminal, in a package that combines construction with a $310 million upfront concession fee.", "$310 million"],
      ["Alder Ltd signed the deal with Birch Co. It expects $310 million of lease payments a year.", "$310 million"],
      ["According to the release, Alder Ltd will spend time on it, and $310 million is its budget.", "$310 million"],
    ]);
  });
  it("the length of concessions or leases a company already holds is no term of the deal; a lease the deal grants is", () => {
    expectNoClaim("term", "duration", [["Alder Ltd will buy Birch Co. Birch Co holds 50-year concessions for three airports that were awarded in 2008.", "50-year", "P50Y"]]);
    // How long an asset lasts, and the years over which the rest of a stake is bought, are no terms.
    expectNoClaim("term", "duration", [
      ["This phased acquisition will see Alder Ltd securing 75% of Birch Co's stake upfront, with the remaining 25% coming over the next three years.", "three years", "P3Y"],
      ["Alder Ltd will buy a 75% stake in Birch Co for Rs 5,100 crore with the remaining to be bought over three years.", "three years", "P3Y"],
      ["The rationale for the transaction is to create a gold company holding half of the top assets (defined as having a mine life of over 10 years), Alder Ltd said of its deal for Birch Co.", "10 years", "P10Y"],
    ]);
    expect(tagOf("Alder Ltd signed a supply deal with Birch Co that runs over the next three years.", fact("Alder Ltd signed a supply deal with Birch Co that runs over the next three years.", "three years", "duration", { iso: "P3Y" }))?.fields).toEqual(["term"]);
    // How long a product sells or is protected is no term; a delivery through a year is.
    const through = (text: string) => tagOf(text, fact(text, "through 2031", "date", { iso: "2031", qualifier: "through" }), "2023-04-18")?.fields ?? [];
    expect(through("Alder Ltd agreed to buy Birch Co. The drug has the potential to deliver significant sales through 2031 and beyond.")).not.toContain("term");
    expect(through("Alder Ltd will deliver gas to Birch Co through 2031 under the contract.")).toContain("term");
    const granted = "Alder Ltd won a 50-year lease of the port from Birch Co.";
    expect(tagOf(granted, fact(granted, "50-year", "duration", { iso: "P50Y" }))?.fields ?? []).toContain("term");
  });
  it("a forecast's horizon is no term ('synergies over the next three years', a buyback's or an order book's span, 'demand soar … over the next two decades', 'Over the next five years, insurers are expected to'), nor a plan to cut ('plans to shed 1,200 stores over three years') or a pledge beside the deal ('pledged to invest 1 billion euros in Germany over the next 5 years'); a supply deal's span is", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will buy Birch Co. Alder Ltd said \"synergies\" over the next three years would lead to roughly $1.5 billion in savings after the deal.", "three years", "P3Y"],
      // A horizon told as a period, and the road to the deal.
      ["The merger of Alder Ltd and Birch Co is expected to generate at least $500 million of revenue synergies over a five-year period.", "five-year", "P5Y"],
      ["Birch Co will buy 64 jets from Alder Ltd. The six-year tendering process included rival bids from three other makers.", "six-year", "P6Y"],
      ["The deal makes Alder Ltd a large producer of copper, a metal that is expected to see demand soar by almost 60% over the next two decades.", "two decades", "P20Y"],
      // A fronted horizon of what is expected, and a plan to cut.
      ["Alder Ltd will buy Birch Hotels. Over the next five years, insurers are expected to spend as much as $73 billion on overseas property acquisitions.", "five years", "P5Y"],
      ["Sycamore Ltd will buy Birch Co. Birch Co has said it plans to shed around 1,200 stores over three years under the deal.", "three years", "P3Y"],
      // A saving's horizon with no "next", a run rate's, and a pledge made beside the deal.
      ["Alder Ltd said the acquisition of Birch Co would generate annual cost savings of around €100 million over five years.", "five years", "P5Y"],
      ["Alder Ltd will buy Birch Co. This represents an annual run rate of €370m, with around 70% anticipated to be achieved within three years post-closing the transaction.", "three years", "P3Y"],
      ["As part of the deal with Birch Co, Alder Ltd has pledged to invest 1 billion euros in Germany over the next 5 years.", "5 years", "P5Y"],
      // A benefit's horizon, a market's spending and follow-on contracts expected over a horizon.
      ["Alder Ltd will buy 24% of Birch Co. The partnership will bring \"a contribution of several hundred million dollars for both airlines over the next five years\", predicts its chief.", "five years", "P5Y"],
      ["Alder Ltd will buy Birch Co. It is expected that there will be around $1 trillion of capital expenditures in the United States over the next five years.", "five years", "P5Y"],
      ["Alder Ltd will build four reactors for Birch Co. The deal is expected to lead to additional contracts worth $20 billion to operate the reactors over the next 60 years.", "60 years", "P60Y"],
      // A buyback's span and an order book's.
      ["Alder Ltd will buy Birch Co for $3.3 billion. Alder Ltd also announced a share repurchase program of up to $1 billion to be executed over the next three years.", "three years", "P3Y"],
      ["Alder Ltd will buy Birch Co. Birch Co has contracts worth $28.8 billion on its order books over the next four years.", "four years", "P4Y"],
    ]);
    const text = "Alder Ltd signed a deal to supply chips to Birch Co over the next five years.";
    expect(tagOf(text, fact(text, "five years", "duration", { iso: "P5Y" }))?.fields).toEqual(["term"]);
    // A plan to build under a contract: the contract's span after a comma is still its term.
    const build = "Alder Ltd will buy the power from 1.3 gigawatts of capacity that Birch Co plans to build, in a contract that will run for two decades.";
    expect(tagOf(build, fact(build, "two decades", "duration", { iso: "P20Y" }))?.fields).toEqual(["term"]);
  });
  it("a name sold is told from what is sold only where it is the subject ('Y has been sold to X'), not the last of a list of brands", () => {
    expect(rolesOf("The brewer makes beers such as Cedar Draught and Birch Co has been sold to Alder Ltd.").birch).toBeUndefined();
    expect(rolesOf("Birch Co, the brewer, has been sold to Alder Ltd.").birch).toBeUndefined();
    expect(rolesOf("“Birch Co here wanted to be sold twice,” according to Alder Ltd.").birch).toBeUndefined();
  });
  it("a name joined by Spanish 'y' is one party ('Puertos y Logistica')", () => {
    const text = "Alder Ltd will buy a 71.3 percent stake in Chile's Cordillera y Costa (CYC) from Birch Co and other shareholders.";
    expect((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => p.key)).toContain("cordillera y costa");
  });
  it("a sale a regulator imposes names no buyer and no seller ('X was required to divest certain spectrum to Y')", () => {
    expect(rolesOf("Under conditions imposed by regulators, Alder Ltd was required to divest certain spectrum to Birch Co.")).toEqual({});
    expect(rolesOf("Alder Ltd was forced to sell its cable unit to Birch Co.")).toEqual({});
  });
  it("a plan to grow over a horizon, or the years a deal keeps people in work, or the span a count is taken over, is no term ('second large order from Y in 16 months', 'we intend to at least double the number of employees … over the next five years', 'create 5,000 jobs … over the next 10 years')", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will buy Birch Co. As an integral part of the transaction, we intend to at least double the number of employees employed by Birch Co in the UK over the next five years, Alder Ltd said.", "five years", "P5Y"],
      ["Alder Ltd will buy Birch Co. As part of the deal, Alder Ltd plans to triple output over the next three years.", "three years", "P3Y"],
      ["Alder Ltd signed its largest order ever with Birch Co, a contract for 234 jets - enough to guarantee work for 5,000 staff for the next 10 years.", "10 years", "P10Y"],
      ["The president said the deal with Alder Ltd would create 5,000 jobs in France over the next 10 years.", "10 years", "P10Y"],
      ["The deal is Alder Air's second large order from Birch Co in 16 months, following last November's order of 230 planes.", "16 months", "P16M"],
    ]);
  });
  it("a term stated as such is the deal's, not a warrant's ('10 million warrants with a strike price of $65 and a term of 10 years') nor a portfolio's average ('a weighted average lease term of 5.6 years')", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will buy Birch Co for $1.9 billion in cash, plus 10 million Alder Ltd warrants with a strike price of $65 and a term of 10 years.", "10 years", "P10Y"],
      ["Alder Ltd will buy Birch Co's warehouses, which are 97.8% leased with a weighted average lease term of 5.6 years.", "5.6 years", "P5.6Y"],
      ["Alder Ltd signed a supply agreement with Birch Co. The tender offer has a term of 30 days.", "30 days", "P30D"],
    ]);
  });
  it("a bond's tenor ('a 3.15% 10-year deal that priced', 'five-year senior notes') and the contracts the assets bought already have ('backed by 25-year power purchase agreements') are no term; the deal's own years are", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will buy Birch Co. Alder Ltd last accessed the bond market in March with a US$800m 3.15% 10-year deal that priced at T+95bp.", "10-year", "P10Y"],
      ["Alder Ltd will buy Birch Co and will fund the deal with five-year senior notes.", "five-year", "P5Y"],
      ["Alder Ltd will buy Birch Co's solar parks. All projects are backed by 25-year power purchase agreements with buyers.", "25-year", "P25Y"],
    ]);
    for (const [text, sub, iso] of [
      ["Alder Ltd signed a 10-year deal with Birch Co to buy its chips.", "10-year", "P10Y"],
      ["Alder Ltd signed a 25-year power purchase agreement with Birch Co.", "25-year", "P25Y"],
    ] as const) {
      expect(tagOf(text, fact(text, sub, "duration", { iso }))?.fields, text).toEqual(["term"]);
    }
  });
  it("a product or region the lexicon knows is no party ('to buy Patriot missiles from Birch Co', 'its Permian Basin assets'); one first name before another person's whole name shares the surname ('from Dan and Tanya Roe')", () => {
    expect(rolesOf("Alder Ltd signed a deal to buy Patriot missiles from Birch Co.")).toEqual({ alder: "buyer", birch: "provider" });
    // A region the places lexicon knows is no party either: "its Permian Basin assets" is what is sold, not a company.
    expect(Object.keys(rolesOf("Alder Ltd agreed to sell its Permian Basin assets to Birch Co for $9.5 billion."))).toEqual(["alder", "birch"]);
    const couple = rolesOf("Alder Ltd has agreed to buy Birch Co from Dan and Tanya Roe for $6 billion.");
    expect(couple.dan).toBe("seller");
    const keys = (summarizeSource("Alder Ltd has agreed to buy Birch Co from Dan and Tanya Roe for $6 billion.", extracted("Alder Ltd has agreed to buy Birch Co from Dan and Tanya Roe for $6 billion."), null) as unknown as DealSummary).parties.map((p) => p.key);
    expect(keys).toContain("dan roe");
    expect(keys).not.toContain("dan");
  });
  it("a deal this one is likened to, or one already closed, is another deal: its figure is no value ('similar to Cedar’s acquisition of Dover Inc for $9.7 billion')", () => {
    const text = "Alder Ltd will buy Birch Co for $9.5 billion. The scale of the deal is similar to Alder Ltd’s acquisition of Cedar Inc for $9.7 billion in October.";
    expect(tagOf(text, fact(text, "$9.7 billion", "money", usd(9.7e9)))?.fields ?? []).not.toContain("value");
    expect(tagOf(text, fact(text, "$9.5 billion", "money", usd(9.5e9)))?.fields).toEqual(["value"]);
    const closed = "Alder Ltd will buy Birch Co's Texas acreage. Alder Ltd bought Cedar Inc in an all-stock deal announced in October that closed early this year.";
    expect(tagOf(closed, fact(closed, "October", "date", { iso: "2026-10" }), "2026-11-01")?.fields ?? []).not.toContain("announced");
  });
  it("a seller the deal's own statement names ('agreed to buy Birch Co from Cedar Ltd for $844 million') is a side of this deal: the figure and the day told beside it are this deal's", () => {
    const text = "Alder Ltd agreed to buy Birch Co from Cedar Ltd for $844 million, the two companies said on Thursday.";
    const facts: RawFact[] = [...orgs(text), { type: "org", start: text.indexOf("Cedar Ltd"), end: text.indexOf("Cedar Ltd") + 9, value: { name: "Cedar Ltd" }, rule: "test" }];
    const f = fact(text, "$844 million", "money", usd(8.44e8));
    const d = fact(text, "Thursday", "date", { iso: "2026-01-08" });
    facts.push(f, d);
    facts.sort((a, b) => a.start - b.start);
    const tags = tagFields(text, facts, "2026-01-09");
    expect(tags[facts.indexOf(f)]?.fields).toEqual(["value"]);
    expect(tags[facts.indexOf(d)]?.fields).toEqual(["announced"]);
    // A deal with someone who sells nothing here is still another deal: "signed a deal with Cedar Ltd".
    const other = "Alder Ltd will buy Birch Co for $2 billion. Birch Co also signed a supply deal with Cedar Ltd for $50 million.";
    const of: RawFact[] = [...orgs(other), { type: "org", start: other.indexOf("Cedar Ltd"), end: other.indexOf("Cedar Ltd") + 9, value: { name: "Cedar Ltd" }, rule: "test" }];
    const g = fact(other, "$50 million", "money", usd(5e7));
    of.push(g);
    of.sort((a, b) => a.start - b.start);
    expect(tagFields(other, of)[of.indexOf(g)]?.fields ?? []).not.toContain("value");
  });
  it("a price a share with its conversion in brackets is still a price a share ('660,000 won ($495) per share'); money raised by issuing bonds is no round; how long a buyer means to hold what it buys is no term", () => {
    const ps = "Alder Ltd launched a tender offer for a 14.6% stake in Birch Co for 660,000 won ($495) per share on Sept. 13.";
    const conv = [fact(ps, "$495", "money", usd(495))];
    expect(tagOf(ps, fact(ps, "660,000 won", "money", { amount: 660000, currency: "KRW" }), null, conv)?.fields ?? []).not.toContain("value");
    const bonds = "Alder Ltd made a hostile bid for Birch Co. Birch Co plans to raise 400 billion won by issuing corporate bonds as part of its defence.";
    expect(tagOf(bonds, fact(bonds, "400 billion won", "money", { amount: 4e11, currency: "KRW" }))?.fields ?? []).not.toContain("value");
    const round = "Birch Co raised $50 million in a round led by Alder Ltd to fund new bonds trading desks.";
    expect(tagOf(round, fact(round, "$50 million", "money", usd(5e7)))?.fields).toEqual(["value"]);
    const hold = "Alder Ltd said it plans to hold onto Birch Co for about a decade if its offer is successful.";
    expect(tagOf(hold, fact(hold, "a decade", "duration", { iso: "P10Y", qualifier: "about" }))?.fields ?? []).not.toContain("term");
    const term = "Alder Ltd signed a deal with Birch Co for about a decade.";
    expect(tagOf(term, fact(term, "a decade", "duration", { iso: "P10Y", qualifier: "about" }))?.fields).toEqual(["term"]);
  });
  it("a round told in two sentences: the raise, then who led it within two sentences; not a lead three sentences on, nor one with no raise before it", () => {
    const parties = (text: string) => (summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles ?? {}).join(","), p.rules.join(",")]).sort();
    expect(parties("Alder Ltd has raised $200 million in a Series A round. The round was led by Birch Capital and Cedar Ventures.")).toEqual([
      ["alder", "investee", "party.round-follow-up"],
      ["birch", "investor", "party.round-follow-up"],
    ]);
    expect(parties("Alder Ltd, a mobile money company, has raised $200 million in a Series A round. It will hire 300 people. Cedar Ventures and Birch Capital led the round together.")).toEqual([
      ["alder", "investee", "party.round-follow-up"],
      ["birch", "investor", "party.round-follow-up"],
    ]);
    expect(parties("Alder Ltd has secured $600 million in a new funding round. This mammoth round, led by Birch Capital, is the largest ever.")).toEqual([
      ["alder", "investee", "party.round-follow-up"],
      ["birch", "investor", "party.round-follow-up"],
    ]);
    // Three sentences on, or with no raise before: no pair.
    expect(parties("Alder Ltd has raised $200 million in a Series A round. It will hire 300 people. It plans to open offices in Lagos. It wants to grow. The round was led by Birch Capital.").filter(([, , r]) => r.includes("round-follow-up"))).toEqual([]);
    expect(parties("Alder Ltd opened an office in Lagos this year. The round was led by Birch Capital.").filter(([, , r]) => r.includes("round-follow-up"))).toEqual([]);
    // A raise that names its lead is read in its own sentence (party.raise-led-by), not again.
    expect(parties("Alder Ltd has raised $200 million in a Series A round led by Birch Capital. Cedar Ventures led the round too.").map(([k]) => k)).not.toContain("cedar");
  });
  it("the period a contingent payment is measured over is no term ('a further consideration of up to $300 million based on production over a five-year period'); a supply deal's period is", () => {
    for (const text of [
      "Alder Ltd said in February its offshore unit had entered an agreement to buy the entire share capital of Birch Co’s Nigerian offshore business for $1.28 billion, plus a further consideration of up to $300 million based on the oil price and the average production of the unit, Cedar Unlimited, over a five-year period.",
      "Alder Ltd entered an agreement to buy Birch Co for $2 billion, plus an earn-out of up to $500 million based on sales of the unit, Cedar Unlimited, over a three-year period.",
      "Alder Ltd will buy Birch Co for $12 billion. Birch Co investors also could earn an additional payment of nearly $5.2 billion if certain revenue targets are met during the five-year span following the deal.",
    ]) {
      const sub = /five-year|three-year/.exec(text)![0];
      expect(tagOf(text, fact(text, sub, "duration", { iso: sub.startsWith("five") ? "P5Y" : "P3Y" }))?.fields ?? [], text).not.toContain("term");
    }
    const supply = "Alder Ltd signed a deal to supply gas to Birch Co over a five-year period.";
    expect(tagOf(supply, fact(supply, "five-year", "duration", { iso: "P5Y" }))?.fields).toEqual(["term"]);
  });
  it("a place's last word cut off its name ('the Czech Republic', 'New York City') is no party", () => {
    for (const text of [
      "Birch Co agreed to buy Cedar Breweries. Birch Co also bought brewers in the Czech Republic and Italy.",
      "Shipments fell, prompting Birch Co to buy brewers in the Czech Republic and Italy from Alder Ltd recently.",
      "Birch Co agreed to buy Cedar Breweries, which has offices in New York City.",
    ]) {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      expect(s.parties.map((p) => p.name), text).not.toContain("York City");
      expect(s.parties.map((p) => p.name), text).not.toContain("Republic");
    }
  });
  it("'is to pay' a dividend, a price a share or an upfront part is no deal value", () => {
    for (const [text, sub, amount] of [
      ["Alder Ltd will buy Birch Co. Birch Co is to pay a $2 billion special dividend before the deal closes.", "$2 billion", 2e9],
      ["Alder Ltd will buy Birch Co. Alder Ltd is to pay $45 a share in cash.", "$45", 45],
      ["Alder Ltd will buy Birch Co. Alder Ltd is to pay $1 billion upfront.", "$1 billion", 1e9],
    ] as const) {
      expect(tagOf(text, fact(text, sub, "money", usd(amount)))?.fields ?? [], text).not.toContain("value");
    }
  });
  it("a company's total investment in a country is no project's value", () => {
    const text = "Alder Ltd will buy Birch Co. Alder Ltd's total investment in India is $10 billion.";
    expect(tagOf(text, fact(text, "$10 billion", "money", usd(1e10)))?.fields ?? []).not.toContain("value");
  });
  it("the window of a price average a premium is measured against is no term ('its average price for the three-month period'); an average paid over a deal's years keeps its term", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd tabled an all-cash bid for Birch Co, a 44% premium on its average price for the three-month period ending April 25.", "three-month", "P3M"],
      ["Alder Ltd will buy Birch Co at a 30% premium to the three-month volume-weighted average price.", "three-month", "P3M"],
    ]);
    const own = "Alder Ltd agreed a deal with Birch Co, worth an average of $2 billion a year over the ten years.";
    expect(tagOf(own, fact(own, "ten years", "duration", { iso: "P10Y" }))?.fields).toEqual(["term"]);
  });
  it("what a company raised before, told with 'having raised', is no round's value", () => {
    const text = "Birch Co raised €600 million in a round led by Alder Ltd. Birch Co aims to expand from a European champion to a global one, having raised over €1bn.";
    expect(tagOf(text, fact(text, "€1bn", "money", { amount: 1e9, currency: "EUR" }))?.fields ?? []).not.toContain("value");
    expect(tagOf(text, fact(text, "€600 million", "money", { amount: 6e8, currency: "EUR" }))?.fields).toEqual(["value"]);
  });
  it("a contract awarded in an earlier year is another deal", () => {
    const text = "Alder Ltd signed a $30 billion cloud deal with Birch Co. A $9 billion cloud contract awarded in 2022 went to Cedar.";
    const f = fact(text, "$9 billion", "money", usd(9e9));
    expect(tagOf(text, f, "2025-06-30")?.fields ?? []).not.toContain("value");
  });
  it("'had fallen' is a move down", () => {
    const text = "Alder Ltd will buy Birch Co. By the end of trading, shares had fallen by 2 per cent.";
    expect(tagOf(text, fact(text, "2 per cent", "percent", { value: 2 }))?.down).toEqual(["stock"]);
  });
  it("a share move before the deal's news is another aspect of the stock field ('earlier')", () => {
    for (const [text, sub, aspect] of [
      ["Alder Ltd will buy Birch Co. Birch Co shares climbed 11% on Friday.", "11%", "shares|birch"],
      ["Alder Ltd will buy Birch Co. The jump comes a day after shares traded up 22.7% on rumours it was nearing a deal.", "22.7%", "earlier"],
      ["Alder Ltd will buy Birch Co. Before Monday, Birch Co stock had risen 33% this year.", "33%", "earlier"],
      ["Alder Ltd will buy Birch Co. Birch Co stock, which is down nearly 40% in 2025, fell 17% on Thursday.", "40%", "earlier"],
      ["Alder Ltd will buy Birch Co. Birch Co stock, which is down nearly 40% in 2025, fell 17% on Thursday.", "17%", "shares|birch"],
      ["Alder Ltd will buy Birch Co. That builds on a 15% gain in shares the previous trading session.", "15%", "earlier"],
      ["Alder Ltd will buy Birch Co. The oil price has caused shares in Birch Co to fall by more than 60 per cent since the start of January.", "60 per cent", "earlier"],
      ["Alder Ltd will buy Birch Co. Year-to-date through Dec. 12 close, Birch Co shares were still down by 50.2%.", "50.2%", "earlier"],
      ["Alder Ltd will buy Birch Co. Birch Co's stock price was down 2.3 per cent this morning on the news but is still up 18 per cent in the last month.", "18 per cent", "earlier"],
      ["Alder Ltd will buy Birch Co. Birch Co's stock price was down 2.3 per cent this morning on the news but is still up 18 per cent in the last month.", "2.3 per cent", "shares|birch"],
      ["Alder Ltd will buy Birch Co. Cedar Corp, which went public in late September, has seen its shares jump nearly 270% in the months since.", "270%", "earlier"],
      ["Alder Ltd will buy Birch Co. Cedar Corp went public in September and saw its shares jump almost 270% in the following months.", "270%", "earlier"],
      // The day's own close told in the pluperfect is the deal's move.
      ["Alder Ltd will buy Birch Co. By the end of trading, shares had fallen by 2 per cent.", "2 per cent", "shares"],
    ] as const) {
      const f = fact(text, sub, "percent", { value: parseFloat(sub) });
      const tag = tagOf(text, f);
      expect(tag?.fields, text).toEqual(["stock"]);
      expect(tag?.aspects?.stock, text).toBe(aspect);
    }
  });
  it("an index's move with the index after it ('a loss of 28.8% for the Nasdaq'), a data line's free float and a holding ('rise to 60.5% of the capital') are no share moves; a move 'on the Nasdaq' is", () => {
    for (const [text, sub, yes] of [
      ["Alder Ltd will buy Birch Co. Birch Co shares were down 50.2%, compared to a loss of 28.8% for the Nasdaq.", "28.8%", false],
      ["Alder Ltd will buy Birch Co. Birch Co shares were down 50.2%, compared to a loss of 28.8% for the Nasdaq.", "50.2%", true],
      ["Alder Ltd will buy Birch Co. Birch Co shares rose 28.8% on the Nasdaq.", "28.8%", true],
      ["Alder Ltd will buy Birch Co.\nClose, 23 June: EUR 40.95 | Market cap: EUR 5.6bn | Free float: 71%", "71%", false],
      // A holding, told as what it rises to, is no move.
      ["Alder Ltd announced its intention to rise to 60.5% of the capital of Birch Co, taking over shares held by Cedar.", "60.5%", false],
      ["Alder Ltd will lift its holding in Birch Co to 30% of the voting rights after shares jumped to 40% in early trading.", "30%", false],
      ["Alder Ltd will buy Birch Co. Birch Co shares jumped to 40% above the offer in early trading.", "40%", true],
    ] as const) {
      expect((tagOf(text, fact(text, sub, "percent", { value: parseFloat(sub) }))?.fields ?? []).includes("stock"), text).toBe(yes);
    }
  });
  it("a move after a closing price and its day, the company named with its suffix and ticker ('Citigroup Inc. (NYSE: C) closed at $101.65 on September 24, 2025, down 1.31%')", () => {
    const text = "Alder Holdings agreed to sell a stake in Birch Co. Alder Holdings Inc. (NYSE: AH) closed at $101.65 on September 24, 2025, down 1.31% during regular trading.";
    const facts = extracted(text);
    const i = facts.findIndex((f) => f.type === "percent" && text.slice(f.start, f.end) === "1.31%");
    expect(i).toBeGreaterThanOrEqual(0);
    const tag = tagFields(text, facts)[i];
    expect([tag?.fields, tag?.down]).toEqual([["stock"], ["stock"]]);
  });
  it("a market value is a secondary aspect of the stock field, a percentage in its clause is not", () => {
    const text = "Alder Ltd will buy 25% of Birch Co. Birch Co shares rose 10.5 per cent, giving it a market capitalisation of 1.9 billion euros.";
    const cap = tagOf(text, fact(text, "1.9 billion euros", "money", { amount: 1.9e9, currency: "EUR" }));
    expect([cap?.fields, cap?.aspects?.stock]).toEqual([["stock"], "market value level"]);
    const move = tagOf(text, fact(text, "10.5 per cent", "percent", { value: 10.5 }));
    expect(move?.fields).toEqual(["stock"]);
    expect(move?.aspects?.stock).not.toBe("market value level");
  });
  it("'revealed' marks no announcement outside a sentence about a deal ('The study revealed on Monday that sales fell')", () => {
    const text = "A study of Alder Ltd revealed on Monday that sales fell.";
    expect(tagOf(text, fact(text, "Monday", "date", { iso: "2026-01-05" }))?.fields ?? []).not.toContain("announced");
  });
  it("a participle's day between commas is no announcement outside a deal's sentence ('The report, published on Monday, found …')", () => {
    const text = "The report on Alder Ltd, confirmed on Monday, found sales fell.";
    expect(tagOf(text, fact(text, "Monday", "date", { iso: "2026-01-05" }))?.fields ?? []).not.toContain("announced");
  });
  it("no cue rule is without a case", () => {
    const ids = rules.fields.flatMap((f: { cues: { id: string }[] }) => f.cues.map((c) => c.id));
    expect(ids.filter((id: string) => !CUES.some((c) => c[0] === id))).toEqual([]);
  });
});

const PARTY: [id: string, text: string, a: string, b: string][] = [
  ["party.sign-with", "Alder Ltd has signed a chip supply agreement with Birch Co.", "alder", "birch"],
  ["party.and-announce", "Alder Ltd and Birch Co announced a partnership.", "alder", "birch"],
  ["party.buy", "Alder Ltd agreed on Monday to acquire chip maker Birch Co.", "alder", "birch"],
  ["party.buy", "Alder Ltd, a wholly owned company of Cedar Foundation and the parent company of Cedar Pharma, announced an agreement to acquire Birch Co for $16.5 billion.", "alder", "birch"],
  ["party.buy-from", "Alder Ltd agreed to buy wind power from utility Birch Co for ten years.", "alder", "birch"],
  ["party.order-from", "Alder Ltd has placed a firm order for 60 Birch Co AV220 narrowbody jets worth $7.3 billion at list prices.", "alder", "birch"],
  ["party.order-from", "Alder Ltd orders 60 Birch Co jets at air show", "alder", "birch"],
  ["party.order-from", "Alder Ltd said on Friday it has decided to order 355 Birch Co aircraft over the coming decade.", "alder", "birch"],
  ["party.order-with", "Turkey’s national carrier, Alder Ltd, says it’s placing an order for 220 new planes from Birch Co as it seeks to expand its fleet.", "alder", "birch"],
  ["party.order-with", "Alder Ltd, India's largest airline, placed a 500-aircraft order estimated at $50 billion with European planemaker Birch Co at the air show.", "alder", "birch"],
  ["party.order-with", "Budget carrier Alder Ltd on Monday announced that it has placed a record order to buy 500 aircraft from French aerospace company Birch Co.", "alder", "birch"],
  ["party.acquisition-of", "Alder Ltd's planned acquisition of Birch Co faces review.", "alder", "birch"],
  ["party.acquired-by", "Birch Co is to be acquired by Alder Ltd after a long auction.", "alder", "birch"],
  ["party.acquired-by", "Birch Co agreed to be taken private by Alder Ltd for $4.85 a share.", "alder", "birch"],
  ["party.be-acquired-by", "Birch Co has reached a deal to be acquired by privately held Alder Ltd for $7.5 billion.", "alder", "birch"],
  ["party.be-acquired-by", "Birch Co has agreed to be acquired for nearly $8.7 billion by a group led by buyout firm Alder Ltd.", "alder", "birch"],
  ["party.accept-offer", "Birch Co has accepted a buyout offer of $22 per share from Alder Ltd, a portfolio company of a buyout firm.", "alder", "birch"],
  ["party.accept-offer", "Birch Co has accepted a 2 trillion yen ($15 billion) tender offer from Alder Ltd, the company said.", "alder", "birch"],
  ["party.accept-offer", "Birch Co's board on Thursday accepted a buyout offer from a group led by private equity firm Alder Ltd, a source said.", "alder", "birch"],
  ["party.accept-offer", "British supermarket group Birch Co on Thursday agreed a takeover offer worth 7 billion pounds from U.S. private equity group Alder Ltd, dropping its earlier choice.", "alder", "birch"],
  ["party.accept-offer-of", "Britain's Birch Co agrees to Alder Ltd's $9.54 billion takeover offer", "alder", "birch"],
  ["party.accept-offer-of", "Birch Co on Thursday agreed to Alder Ltd's increased offer of $4.5 billion.", "alder", "birch"],
  ["party.agree-takeover-by", "Birch Co, the maker of hydraulic actuators, has agreed to a £1.2bn takeover by its larger rival Alder Ltd after a six-week fight.", "alder", "birch"],
  ["party.possessive-offer-for", "Alder Ltd's final 395p cash offer for Birch Co, announced on 25 February, is now recommended by the board.", "alder", "birch"],
  ["party.shares-after-bid-for", "Alder Ltd shares gain after successful, surprise bid for Birch Co", "alder", "birch"],
  ["party.board-support", "Alder Ltd has won back the support of Birch Co’ board for its takeover after raising its offer.", "alder", "birch"],
  ["party.and-announce", "SUZHOU, China, March 2, 2026 -- Birch Co, Ltd. (\"Birch\"; HKEX: 2089), a clinical-stage biopharmaceutical company, and Alder Ltd, Inc. (\"Alder\"; Nasdaq: ALDR), an oncology company, today announced that they have entered into a license agreement.", "alder", "birch"],
  ["party.and-announce", "Japanese group Alder Ltd and French aerospace supplier Birch Co will form a joint venture.", "alder", "birch"],
  ["party.and-announce", "Alder Ltd and Birch Co disclosed their five-year streaming partnership this week.", "alder", "birch"],
  ["party.sell-part-stake-to", "Alder Ltd announced it would sell a minority stake in its bank to billionaire investor Birch Co.", "alder", "birch"],
  ["party.buy-possessive-stake", "Birch Co agreed to buy Alder Ltd's 47% stake in the utility for 3.8 billion euros.", "alder", "birch"],
  ["party.buy", "Alder Ltd, already number one in Brazil, said on Wednesday it was acquiring Birch Co for €1.1 billion.", "alder", "birch"],
  ["party.buy", "Alder Ltd, which runs 300 stores, said it would buy Birch Co.", "alder", "birch"],
  ["party.sign-with", "Alder Ltd. (Head office: Tokyo; President: Ken Sato) announced that it will establish a joint venture company with Birch Co (Head office: Lyon).", "alder", "birch"],
  // A suffix the name left out, from the rules' corporate suffixes, before the bracket of details.
  ["party.sign-with", "Alder Werke, GmbH (Head office: Stuttgart; CEO: Jan Vogt) announced that it will establish a joint venture company with Birch Co.", "alder werke", "birch"],
  ["party.raise-led-by", "Birch Co said on Tuesday it had raised $300 million in a Series C round led by Singapore's Alder Ltd.", "alder", "birch"],
  ["party.round-led-then-raised", "In a growth round led by Alder Ltd, and participated in by Cedar Capital and Dunmore Ventures, Birch Co has raised over $400 million.", "alder", "birch"],
  ["party.offer-for", "Alder Ltd, a consortium linked to Singapore state investor Cedar Holdings, has raised its bid for media and real estate company Birch Co to about S$3.9 billion.", "alder", "birch"],
  ["party.take-private", "The bidding war is heating up as Alder Ltd has raised its offer to take Birch Co private.", "alder", "birch"],
  ["party.offer-for", "Alder Ltd has launched a hostile all-cash tender offer for Birch Co at $48 a share.", "alder", "birch"],
  ["party.raise-led-by", "Mobility startup Alder has turned unicorn with a $120 million Series E funding round led by its largest backer Birch Capital.", "alder", "birch"],
  ["party.offer-for", "Alder Ltd has made a competing $33.7 billion takeover bid for fellow freight railway operator Birch Co.", "alder", "birch"],
  ["party.buy", "Alder Ltd has offered to buy U.S. railway Birch Co in a cash-and-stock bid.", "alder", "birch"],
  ["party.buy", "Alder Ltd (LON:0LN7) announced plans to buy Birch Co.", "alder", "birch"],
  ["party.license-from", "Alder Ltd agreed to pay up to $3 billion for exclusive worldwide rights to an obesity pill from U.S. biotech Birch Co.", "alder", "birch"],
  ["party.license-object", "Alder Ltd to license Birch Co obesity pill in deal worth up to $3 billion", "alder", "birch"],
  ["party.sign-with", "Birch Co, a clinical-stage biotechnology company, today announced that it has entered into a licence agreement with Alder Ltd.", "alder", "birch"],
  ["party.take-private", "Alder Ltd to take Birch Co private in $3 billion hospital deal", "alder", "birch"],
  ["party.win-auction", "Alder Ltd said on Wednesday it had won a court-supervised auction for the assets of bankrupt outdoor retailer Birch Co with a $412 million bid.", "alder", "birch"],
  ["party.win-auction", "Alder Ltd wins bankruptcy auction for Birch Co with $412 million bid", "alder", "birch"],
  ["party.win-battle-for", "Alder Ltd beat Rupert Murdoch's Elm Corp in the battle for Birch Co after offering around $39 billion.", "alder", "birch"],
  ["party.win-battle-for", "Alder Ltd has outbid Elm Corp in an auction to buy Birch Co, the takeover regulator has confirmed.", "alder", "birch"],
  ["party.win-named-battle", "Alder Ltd beats Elm Corp in Birch Co auction with $39B bid", "alder", "birch"],
  ["party.buy-goods", "The ministry said Alder Ltd signed a contract covering the purchase of 80 Birch Co Falco fighter jets.", "alder", "birch"],
  ["party.winning-bidder", "Alder Ltd emerged as the winning bidder for the assets of Birch Co after a two-day auction.", "alder", "birch"],
  ["party.winning-bidder", "Alder Ltd was named the stalking-horse bidder for Birch Co in March.", "alder", "birch"],
  ["party.deal-with", "Alder Ltd's new licensing deal with Birch Co covers Europe.", "alder", "birch"],
  // A person's possessive before the counterpart is passed over: the deal is with the company.
  ["party.deal-with", "Spaceflight company Birch Co has made a deal with Kara Venn’s Alder Capital Partners.", "alder capital partners", "birch"],
  ["party.sign-with", "Birch Co signed an agreement with Kara Venn's Alder Capital Partners.", "alder capital partners", "birch"],
  ["party.deal-with", "Alder Ltd has renewed its national television rights deal with the Birch Co for 12 years.", "alder", "birch"],
  ["party.pair-deal", "The Alder Ltd-Birch Co deal covers Europe and Asia.", "alder", "birch"],
  ["party.between", "The agreement between Alder Ltd and Birch Co covers Europe.", "alder", "birch"],
  ["party.between", "The deal was signed between the government-run Alder Ltd and China's state owned Birch Co in the capital.", "alder", "birch"],
  ["party.between", "The project will be a joint venture between the Alder Fund (AF), which will hold a 70 per cent stake, and South Korea's Birch Motor, which will own the rest.", "alder fund", "birch motor"],
  ["party.merge", "Alder Ltd agreed to merge with Birch Co in an all-share deal.", "alder", "birch"],
  ["party.and-merge", "Alder Ltd, Birch Co confirm plan to merge in 50:50 deal", "alder", "birch"],
  ["party.and-merge", "Birch Co (BCO) and Alder Ltd (ALD) confirmed their intention to merge on Thursday.", "alder", "birch"],
  ["party.and-merge", "Alder Ltd and Birch Co have detailed plans to merge into a new company.", "alder", "birch"],
  ["party.merger-of", "The merger of Alder Ltd and Birch Co would create the fourth-largest carmaker.", "alder", "birch"],
  ["party.sign-with", "Alder Ltd to join forces with Birch Co to create the world's fourth carmaker", "alder", "birch"],
  ["party.and-announce", "Alder Ltd and Birch Co confirm deal to create a new carmaker", "alder", "birch"],
  ["party.merge", "Southeast Asia’s largest ride-hailing company, Alder Ltd, said that it plans to merge with U.S.-based Birch Co in a deal.", "alder", "birch"],
  ["party.deal-with", "Alder Ltd is set to announce later on Tuesday a merger with US-based Birch Co that values it at $40 billion.", "alder", "birch"],
  ["party.deal-with", "Alder Ltd, a Singapore-headquartered ride hailing service backed by investors, agreed a reverse takeover with special purpose acquisition company Birch Co today.", "alder", "birch"],
  ["party.buy-unit-of", "Alder Ltd has agreed to buy the Canadian arm of multinational bank Birch Co for $13.5 billion in cash.", "alder", "birch"],
  ["party.buy-possessive-unit", "Alder Ltd agreed to buy Birch Co's Canadian operations for $2 billion.", "alder", "birch"],
  ["party.buy-possessive-unit", "Before Alder Ltd finalised its purchase of Italian utility giant Birch Co’s distribution operations in June, talks went on.", "alder", "birch"],
  ["party.buy-named-unit", "Alder Ltd agreed to buy Cedar Co's German unit Birch Systems for $2 billion.", "alder", "birch"],
  ["party.buy-company-from", "Alder Ltd will buy Cedar Tower from Birch Co for $300 million. Cedar Tower, a 36-storey office building, opened in 1990.", "alder", "birch"],
  ["party.buy-company-from", "Alder Ltd snaps up Cedar Tower from Birch Co in $300m deal. Cedar Tower, a 36-storey office building, opened in 1990.", "alder", "birch"],
  ["party.buy-company-from", "Japan's Alder Ltd has agreed to buy Cedar Tower, a 36-storey office building in the city, from Britain's Birch Co for 844 million pounds.", "alder", "birch"],
  ["party.acquire-from", "Alder Ltd has agreed to pay around $3 billion to acquire two Peruvian assets from Italy’s biggest utility, Birch Co, as it expands.", "alder", "birch"],
  ["party.sell-to", "Alder Ltd agreed to sell its cable unit to Birch Co for $2 billion.", "alder", "birch"],
  ["party.sell-to", "Alder Ltd has agreed to sell wireless spectrum licenses for $23 billion to Birch Co.", "alder", "birch"],
  ["party.sell-to", "Alder Ltd have agreed terms to sell the club to a consortium led by Birch Co.", "alder", "birch"],
  ["party.make-investment-in", "Alder Ltd will make a $100 million equity investment in Birch Co.", "alder", "birch"],
  ["party.been-sold-to", "Birch Co has been sold by its offshore owners to Japan's Alder Ltd for $16 billion.", "alder", "birch"],
  ["party.acquire-from", "Birch Co set to acquire Spectrum Licenses from Alder Ltd for $23 billion in cash.", "birch", "alder"],
  ["party.owned-stake-bought-by", "As reported by the press, Cedar Media's stake owned by Birch Co is being acquired by Alder Ltd and its partners.", "alder", "birch"],
  ["party.sell-stake-to", "Alder Ltd agreed to sell its majority stake in Cedar Media to Birch Co for $2 billion.", "alder", "birch"],
  ["party.sell-stake-to", "Shares in Cedar Media fell after Alder Ltd’s (ALD.N) deal to sell its majority stake to Czech investor Birch Co missed expectations.", "alder", "birch"],
  ["party.sell-to", "Alder Ltd sells 80% of its Brazilian operation to Birch Co, will record a loss.", "alder", "birch"],
  ["party.sell-to", "Alder Ltd on Monday sold its oil acreage to Birch Co for $9.5 billion in cash.", "alder", "birch"],
  ["party.sell-stake-in-own-unit", "Alder Ltd said on Monday that it has sold an 80 percent stake in its Brazilian operations to private equity firm Birch Co, exiting a weak business.", "alder", "birch"],
  ["party.sale-of-own-to", "Alder Ltd has approved the sale of its fixed-line network to US private equity company Birch Co for 19 billion euros.", "alder", "birch"],
  ["party.board-approve-offer", "Italian communications company Birch Co said Sunday that its board of directors has approved the binding acquisition offer by the Alder Ltd investment company.", "alder", "birch"],
  ["party.sell-to", "The brewer Alder Ltd that has its headquarters in the Flemish Brabant city of Leuven is selling its Australian division Cedar Breweries to the Japanese group Birch Co.", "alder", "birch"],
  ["party.stake-raise", "Alder Ltd said it would increase its stake in peer Birch Co, or BCO, to 60.5% from 19.9%.", "alder", "birch"],
  ["party.stake-raise", "Alder Ltd (LON:ALD) announced plans to raise its stake in Nordic airline Birch Co from 19.9% to 60.5%.", "alder", "birch"],
  ["party.stake-from", "Alder Ltd, which is struggling at its star brand Cedar, said on Thursday it was buying a 30% stake in the label from Qatari investment fund Birch Co.", "alder", "birch"],
  ["party.take-stake-in", "Alder Ltd takes billion-euro stake in Baltic lender Birch Co", "alder", "birch"],
  ["party.sold-unit", "The group sells its tea business Alder Ltd to Birch Co for $2 billion.", "alder", "birch"],
  ["party.sold-unit", "The group has finalized the sale of its U.K. utility business, Alder Ltd (ALD), to Birch Co.", "alder", "birch"],
  ["party.award", "Birch Co awards Alder Ltd (OTCPK:ALDRY) a new contract worth £2.4B for the supply of munitions.", "birch", "alder"],
  ["party.raise-led-by", "Birch Co raised $50 million in a round led by Alder Ltd.", "birch", "alder"],
  ["party.raise-led-by", "Birch Co said on Tuesday it had raised 600 million euros ($644 million) in a funding round led by existing investor Alder Ltd.", "birch", "alder"],
  ["party.raise-led", "Birch Co raises $50 million in Alder Ltd-led round.", "birch", "alder"],
  ["party.invest-in", "Birch Co said it will invest up to US$4 billion (S$5.5 billion) in cash in the high-profile start-up Alder Ltd, in its effort to compete.", "birch", "alder"],
  ["party.invest-in", "Opening a new front, Birch Co announced that it'll invest up to $4 billion in Alder Ltd, a top rival.", "birch", "alder"],
  ["party.led-round-in", "Alder Ltd led a $50 million Series B round in Birch Co.", "birch", "alder"],
  ["party.led-round-of", "Birch Co said Alder Ltd had led a $50 million Series B.", "birch", "alder"],
  ["party.supply-with", "Alder Ltd on Tuesday agreed to supply artificial intelligence developer Birch Co with 4 gigawatts of computing capacity.", "alder", "birch"],
  ["party.supply-to", "Alder Ltd, the Oslo-based rental provider of graphics processors, said it has signed a contract to supply GPU capacity to Birch Co for five years.", "alder", "birch"],
  ["party.supply-to", "Alder Ltd said it had signed a five-year contract to rent graphics-processor capacity to Birch Co.", "alder", "birch"],
  ["party.win-from", "Norway's Alder Ltd wins GPU contract from Birch Co; shares soar", "alder", "birch"],
  ["party.win-contract-of", "Alder Ltd lands Birch Co contract as Europe's GPU clouds go mainstream", "alder", "birch"],
  ["party.award", "Alder Ltd has awarded Birch Co a contract worth up to $5 billion to support special forces.", "alder", "birch"],
  ["party.award-to", "Alder Ltd awarded a $2 billion radar contract to Birch Co on Monday.", "alder", "birch"],
  ["party.awarded-by", "Birch Co was awarded a $2 billion radar contract by Alder Ltd.", "alder", "birch"],
  ["party.buy", "Alder Ltd, one of Canada’s largest public-sector pension funds, has agreed to take over Birch Co in a deal worth €4.8 billion.", "alder", "birch"],
  ["party.fund-for", "Alder Ltd said it had finalised an award of up to $1.85 billion in direct funding for Birch Co.", "alder", "birch"],
  ["party.and-announce", "Two producers, Alder Ltd (ALD:NYSE) and Birch Co (BRC:NYSE), announced that they have entered into a definitive agreement to combine.", "alder", "birch"],
  ["party.rights-to", "U.S. streaming company Alder Ltd has won the exclusive British broadcast rights to the Birch Co, a cricket competition, in a five-season deal.", "alder", "birch"],
  ["party.rights-to", "Alder Ltd pays $4B upfront for rights to 3 Birch Co antibody drugs.", "alder", "birch"],
  ["party.takes-rights", "Alder Ltd takes the Birch Co's UK live rights at £210m a season.", "alder", "birch"],
  ["party.takes-rights", "Alder Group retains Birch League title sponsor rights for 5 years.", "alder", "birch league"],
  ["party.sponsorship-of", "The Alder Group has extended its title sponsorship of the Birch League for another five years.", "alder", "birch league"],
  ["party.awarded-rights-to", "Birch Co has awarded the title sponsorship rights for the Cedar League to Alder Group for five years.", "alder", "birch"],
  ["party.merge", "Alder Ltd said it would merge with Birch Co, in a deal that values the pair at $4 billion.", "alder", "birch"],
  ["party.merge", "Alder Ltd said it would merge with ketchup maker Birch Co to form the third-largest food company.", "alder", "birch"],
  ["party.pay-to", "Alder Ltd will pay Birch Co $11.6 billion for computing capacity.", "alder", "birch"],
  ["party.pay-for", "Alder Ltd is paying $47.25 a share in cash for Birch Co, an equity value of $8.28bn.", "alder", "birch"],
  ["party.sign-with", "Alder Ltd said it had landed two 10-year agreements with cloud platform Birch Co.", "alder", "birch"],
  ["party.deal-with", "Alder Ltd has entered into two lease agreements with AI cloud platform Birch Co.", "alder", "birch"],
  ["party.acquisition-of", "Alder Ltd on Saturday announced the acquisition of the retail, wholesale, logistics and warehousing businesses of the Birch Co group.", "alder", "birch"],
  ["party.buy-unit-of", "Alder Ltd has agreed to acquire the retail and wholesale business and the logistics and warehousing business of Birch Co.", "alder", "birch"],
  ["party.possessive-deal", "Alder Ltd's Birch Co cloud deal is worth $11.6 billion, people familiar say", "alder", "birch"],
  ["party.go-public-with", "Birch Co announced it is going public as part of a deal with Alder Ltd.", "alder", "birch"],
  ["party.go-public-with", "Birch Co Plans To Go Public Through A Deal With Alder Ltd", "alder", "birch"],
];

describe("every party statement fires on its case", () => {
  for (const [id, text] of PARTY) {
    it(id, () => {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
      expect(s.parties.flatMap((p) => p.rules)).toContain(id);
    });
  }
  it("a stake bought from the owner its possessive names: the owner sells, the company the stake is in is the target", () => {
    expect(rolesOf("Alder Power agreed to buy Birch Energy's 47% stake in Cedar Grid for 3.8 billion euros.")).toEqual({ alder: "buyer", birch: "seller", cedar: "target" });
    expect(rolesOf("Alder Bank said it would sell a 25% stake in Cedar Finance to Birch Capital.")).toEqual({ alder: "seller", birch: "buyer", cedar: "target" });
  });
  it("an appositive that ends with another organisation ('X, a subsidiary of the Walt Disney Company, and Y, part of Z, Inc. signed') still names the pair", () => {
    const text = "Alder Ltd, a subsidiary of the Cedar Group, and Birch Co, part of Dunmore Holdings, Inc. signed a rights agreement, the companies announced on Wednesday.";
    const s = summarizeSource(text, extracted(text)) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(s.parties.find((p) => p.key.startsWith("alder"))?.rules).toContain("party.and-announce");
    // The object of a wish is no pair that acts: "he expects both X and Y to create …".
    expect(firstWordsOfPair("The chairman says he expects both Alder Ltd and Birch Co to create other kinds of programming.")).toEqual([]);
    expect(firstWordsOfPair("Both Alder Ltd and Birch Co will create a new channel.")).toEqual(["alder", "birch"]);
    // The businesses of an owner that is the subject: "The owner of website X and site Y has agreed to be bought".
    expect(firstWordsOfPair("The owner of property website Alder and comparison site Birch has agreed to be bought by a US private equity firm.")).toEqual([]);
  });
  it("a headline of the bidder's shares moving on its bid names the pair ('X shares gain after surprise bid for Y'); a rival's bid does not", () => {
    expect(firstWordsOfPair("Alder Ltd shares fall 5% on $2bn offer for Birch Co")).toEqual(["alder", "birch"]);
    expect(firstWordsOfPair("Alder Ltd shares fall after rival’s bid for Birch Co")).toEqual([]);
  });
  it("an outlet the news was told to ('confirmed to Deadline by a source', 'told Reuters') is no side of a deal", () => {
    const text = "Alder Ltd's rights deal with Birch Co was unveiled on Wednesday. The terms, confirmed to Cedar Daily by a source familiar with the details, succeed a landmark pact with Dunmore Media.";
    const s = summarizeSource(text, extracted(text)) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key.split(" ")[0])).not.toContain("cedar");
    const told = "Alder Ltd agreed to buy Birch Co. The chief executive told Cedar Daily in an interview that the deal with Dunmore Media was off.";
    expect((summarizeSource(told, extracted(told)) as unknown as DealSummary).parties.map((p) => p.key.split(" ")[0])).not.toContain("cedar");
  });
  it("'the company' stands for the one organisation its sentence names before it, or, opening a sentence, for the sentence before's subject; not where two are named before it, nor 'the combined company'", () => {
    const pairOf = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).pair.map((k) => k.split(" ")[0]).sort();
    expect(pairOf("Shares of Alder Ltd fell 3% in early trading on Friday after the company announced it would acquire Birch Co.")).toEqual(["alder", "birch"]);
    expect(rolesOf("Shares of Alder Ltd fell 3% in early trading on Friday after the drugmaker firm announced it would acquire Birch Co.")).toMatchObject({ alder: "acquirer", birch: "target" });
    expect(pairOf("Alder Ltd reported higher sales in March. The company agreed to buy Birch Co for $2 billion.")).toEqual(["alder", "birch"]);
    expect(pairOf("Shares of Cedar Co and Alder Ltd fell 3% in early trading on Friday after the company agreed to buy Birch Co.")).toEqual([]);
    expect(pairOf("Alder Ltd reported higher sales in March. The combined company agreed to buy Birch Co for $2 billion.")).toEqual([]);
    expect(pairOf("Shares of Alder Ltd fell 3% in early trading on Friday after the research firm said it would acquire Birch Co.")).toEqual([]);
  });
  it("orders a company holds ('holds conditional orders for 212 aircraft, including 40 from Y') make Y no provider", () => {
    expect(rolesOf("Alder Ltd says it holds conditional orders and options for 212 aircraft, including 40 from Birch Co.").birch ?? "").not.toBe("provider");
    expect(rolesOf("Alder Ltd orders 40 aircraft from Birch Co.")).toMatchObject({ alder: "buyer", birch: "provider" });
  });
  it("an offer accepted with two conversions in its brackets ('a A$23.6 billion ($17.46 billion; €15.11 billion) takeover bid from Y') names its pair", () => {
    const text = "Birch Co has agreed to a A$23.6 billion ($17.46 billion; €15.11 billion) takeover bid from a consortium led by Alder Ltd.";
    const s = summarizeSource(text, extracted(text)) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(s.parties.flatMap((p) => p.rules)).toContain("party.accept-offer");
  });
  it("a buyer of another company's unit: the company sells; a unit named after the possessive is the target; a company bought outright is the target", () => {
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles ?? {}).sort().join(",")]));
    expect(roles("Alder Ltd has agreed to buy the Canadian arm of multinational bank Birch Co for $13.5 billion in cash.")).toEqual({ alder: "acquirer", birch: "seller" });
    expect(roles("Alder Ltd agreed to buy Birch Co's Canadian operations for $2 billion.")).toEqual({ alder: "acquirer", birch: "seller" });
    expect(roles("Alder Ltd agreed to buy Cedar Co's German unit Birch Systems for $2 billion.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(roles("Alder Ltd agreed to buy Birch Co for $2 billion.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(roles("Alder Ltd agreed to buy Birch Co's rival Cedar Co for $2 billion.")).not.toMatchObject({ birch: "seller" });
    expect(roles("Alder Ltd has agreed to pay around $3 billion to acquire two Peruvian assets from Italy’s biggest utility, Birch Co, as it expands.")).toEqual({ alder: "acquirer", birch: "seller" });
    // A company bought from its owner (party.buy-company-from): the owner sells.
    expect(roles("US investment firm Alder Capital has agreed to buy Italian champions Cedar FC from hedge fund Birch Co in a deal worth around £1billion.")).toEqual({ alder: "acquirer", cedar: "target", birch: "seller" });
    expect(roles("Alder Ltd will buy Cedar Co from Birch Co, the companies said.")).toEqual({ alder: "acquirer", cedar: "target", birch: "seller" });
    // A clause between the company and "from" is no sale by the name after it.
    expect(roles("Alder Ltd agreed to buy Cedar Co, which sources chips from Birch Co, for $2 billion.")).not.toHaveProperty("birch", "seller");
    // Goods bought from a supplier are no unit: the supplier provides.
    expect(roles("Alder Ltd signed an agreement to buy electricity from utility Birch Co for ten years.")).toEqual({ alder: "buyer", birch: "provider" });
    // A dash between clauses ends a purchase's gap: "after its Cedar purchase – and Birch Co, owned by Alder Ltd".
    expect(roles("The biggest are Dover Energy, renamed by Alder Ltd after its Cedar Co purchase – and Birch Co, owned by Elm Group.")).not.toMatchObject({ birch: "target" });
  });
  it("a party named by a short form in capitals is named in full where the source writes the full name; not a gazetteer's own short name", () => {
    const names = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => p.name).sort();
    // The gazetteer knows the full name; the source's own short form is the form it writes most.
    expect(names("Birch Co signed a supply deal with LG Energy Solution (LGES). LGES will make the cells. LGES said the deal runs to 2030. LGES shares rose.")).toEqual(["Birch", "LG Energy Solution"]);
    // The gazetteer names KKR so, whatever the source spells out.
    expect(names("Birch Co agreed to be acquired by a consortium led by the U.S. investor KKR (Kohlberg Kravis Roberts). KKR is a global investment firm. KKR has funds.")).toEqual(["Birch", "KKR"]);
  });
  it("a name before a facility's noun is the facility's, no party ('partners in the Tamarisk gas field will supply Y')", () => {
    const text = "Cedar Energy and its partners in the Tamarisk gas field will supply Birch Power with gas.";
    const s = summarizeSource(text, extracted(text)) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key)).not.toContain("tamarisk");
    const joined = "Cedar Energy and its partners in the Tamarisk gasfield will supply Birch Power with gas.";
    expect((summarizeSource(joined, extracted(joined)) as unknown as DealSummary).parties.map((p) => p.key)).not.toContain("tamarisk");
    // A company named for its field and written as a company is one.
    const firm = "Tamarisk Energy will supply Birch Power with gas.";
    expect((summarizeSource(firm, extracted(firm)) as unknown as DealSummary).parties.map((p) => p.key).sort()).toEqual(["birch power", "tamarisk energy"]);
  });
  it("a stake of more than half is a majority stake ('sell its 74% stake in Y to Z'); half or less is not", () => {
    const roles = (text: string) => rolesOf(text);
    expect(roles("Alder Ltd agreed to sell its 74% stake in Cedar Media to Birch Co.")).toMatchObject({ alder: "seller", birch: "buyer" });
    expect(roles("Alder Ltd has reached an agreement to sell its entire 74 per cent interest in Cedar Media to Birch Co.")).toMatchObject({ alder: "seller", birch: "buyer" });
    const rules = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.flatMap((p) => p.rules);
    expect(rules("Alder Ltd agreed to sell its 50% stake in Cedar Media to Birch Co.")).not.toContain("party.sell-stake-to");
  });
  it("what a stake sold is in is the sale's third side, the target ('sell its 74% stake in Z to Y', 'buy a stake in Z from X'), and the stake is this deal's", () => {
    const roles = (text: string) => rolesOf(text);
    expect(roles("Alder Ltd agreed to sell its 74% stake in Cedar Media to Birch Co.")).toEqual({ alder: "seller", birch: "buyer", cedar: "target" });
    expect(roles("Alder Ltd has reached an agreement to sell its entire 74 per cent interest in the South African retailer's Cedar Media to Birch Co.").cedar).toBe("target");
    expect(roles("Alder Ltd agreed to sell its 74% stake in South Africa's Cedar Media to Birch Co.").cedar).toBe("target");
    expect(roles("Birch Co agreed to buy a 60% stake in Cedar Media from Alder Ltd.")).toMatchObject({ alder: "seller", cedar: "target" });
    // What the seller keeps or a stake in something else is no third side.
    expect(roles("Alder Ltd agreed to sell its majority stake to Birch Co, which also owns Cedar Media.").cedar).toBeUndefined();
    // The sold company stated as the object is a party of the deal: the stake's clause is no other deal with it.
    const text = "Alder Ltd has agreed to sell its 74% stake in Cedar Media to Birch Co.";
    const facts = extracted(text);
    const tags = tagFields(text, facts, "2026-03-09");
    const pct = facts.findIndex((f) => f.type === "percent");
    expect(facts[pct]!.start).toBe(text.indexOf("74%"));
    expect(tags[pct]?.fields).toEqual(["stake"]);
  });
  it("a contest's winner buys, not each who takes part ('X has outbid Z in an auction to buy Y'); a battle for something else is none", () => {
    const roles = (text: string) => rolesOf(text);
    expect(roles("Alder Ltd has outbid Elm Corp in an auction to buy Birch Co.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(roles("Elm Corp joined the race to buy Birch Co.").elm).toBeUndefined();
    expect(roles("Alder Ltd won the battle for market share against Birch Co.")).toEqual({});
  });
  it("a league's name between 'the' and a club's noun is no party ('buying the Serie A club', 'the Italian Serie A soccer club AS Roma')", () => {
    expect(rolesOf("Alder Ltd signed a deal to purchase the Italian Serie A soccer club Birch Roma, the club said on Thursday.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(rolesOf("The club announced a change of ownership, with Alder Ltd buying the Serie A club for $700 million.")).toEqual({});
    expect(rolesOf("Alder Ltd agreed to buy the English Premier League club for $1.3 billion.")).toEqual({});
    expect(rolesOf("Alder Ltd set to complete takeover of Premier League club after deal is agreed.")).toEqual({});
    // Not a side of a trade, nor a league that is itself bought.
    expect(rolesOf("Alder Ltd agreed to buy Birch Co for $2 billion. Investors liked the Birch Co side of the trade.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(rolesOf("Alder Ltd agreed to buy a stake in the Premier League for $1.3 billion.").premier).toBeDefined();
  });
  it("a pronoun right after the verb is what was bought: no later name is ('Alder Ltd acquired it … via its Birch Partners fund')", () => {
    expect(rolesOf("The hotel group is being sold months after Alder Ltd acquired it at a value of $6 billion via its $15.8 billion Birch Real Estate Partners fund.")).toEqual({});
    expect(rolesOf("Alder Ltd will acquire it in partnership with Birch Co.")).toEqual({});
    expect(rolesOf("Alder Ltd will acquire Birch Co in partnership with Cedar Fund.").birch).toBe("target");
  });
  it("goods bought by the unit: their maker supplies them, it is not bought ('buy 80 Airbus jets'); a product named after a count is no party", () => {
    const roles = (text: string) => rolesOf(text);
    expect(roles("Alder Ltd will buy 80 Birch Aviation Falco F4 fighter jets, Birch Aviation said.")).toEqual({ alder: "buyer", birch: "provider" });
    expect(roles("Alder Ltd agreed to buy Birch Aviation for $2 billion.")).toEqual({ alder: "acquirer", birch: "target" });
    // The maker's first word before its model, where the text names the maker in full.
    expect(roles("Alder Ltd will be purchasing 80 Birch Falco fighter jets. Birch Aviation said it was proud.")).toEqual({ alder: "buyer", birch: "provider" });
    // A model's designation before the noun; the same product counted without its noun elsewhere.
    const keys = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => p.key);
    expect(keys("Alder Ltd has signed a deal to buy 80 French-made Falco F4 fighter jets.")).toEqual([]);
    expect(keys("Alder Ltd has signed a deal to buy 80 Falco fighter jets. The sale of 80 Falco to Alder Ltd is a success.")).toEqual([]);
    // A country that is purchasing is a party.
    expect(rolesOf("Norway will be purchasing 12 frigates from Birch Co.")).toEqual({ norway: "buyer", birch: "provider" });
  });
  it("names listed before a statement's subject share its part ('Y and Z agreed to jointly acquire W'); not a list that is another clause's object", () => {
    const roles = (text: string) => rolesOf(text);
    expect(roles("Alder Ltd and Canada's Birch Co have agreed to jointly acquire Cedar Media for $3 billion.")).toMatchObject({ alder: "co-acquirer", birch: "acquirer" });
    expect(roles("Alder Ltd, Elm Corp and Birch Co agreed to acquire Cedar Media for $3 billion.")).toMatchObject({ alder: "co-acquirer", elm: "co-acquirer", birch: "acquirer" });
    expect(roles("Cedar Media said Elm Corp and Birch Co will acquire Dune Ltd for $3 billion.").elm).toBe("co-acquirer");
    expect(roles("Cedar Media sold its unit to Alder Ltd and Birch Co bought Elm Corp for $3 billion.").alder ?? "").not.toContain("co-acquirer");
    expect(roles("Unlike Alder Ltd, Birch Co agreed to acquire Cedar Media for $3 billion.").alder ?? "").not.toContain("co-acquirer");
    expect(roles("The group behind brands such as Alder Ltd and Birch Co will pay $3 billion for Cedar Media.").alder ?? "").not.toContain("co-");
  });
  it("a stake bought in an earlier year is another deal ('first acquired shares in Y in 1996'), not 'a stake in back in 1998'", () => {
    const roles = (text: string) => rolesOf(text, "2023-02-09");
    expect(roles("Alder Ltd agreed to sell its 74% stake in Cedar Media to Birch Co for $2 billion. Alder Ltd first acquired shares in Cedar Media in 1996 and became its majority shareholder in 1998.").alder).toBe("seller");
  });
  it("places joined by a hyphen describe, no party ('an Israel-US consortium signs a deal with Y'); 'in partnership with' is a standing relation, no deal", () => {
    const keys = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => p.key);
    expect(keys("An Israel-US consortium signs a gas deal with Birch Power.")).not.toContain("israel us");
    expect(keys("Cedar Energy is in partnership with Alder Drilling and Elm Oil.")).toEqual([]);
    expect(keys("Cedar Energy signed a partnership with Alder Drilling.").sort()).toEqual(["alder drilling", "cedar energy"]);
  });
  it("a question's verb or an analyst's rating opens no name ('Is Cedar Co a Buy or Sell?')", () => {
    const keys = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => p.key);
    expect(keys("Is Cedar Labs a Buy or Sell? Analysts have a Moderate Buy consensus rating, with two Holds.")).toEqual([]);
  });
  it("a minority or unnamed stake sold to someone names no sale's pair; a controlling one does, seller and buyer", () => {
    const rules = (text: string) => (summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.flatMap((p) => p.rules);
    expect(rules("Alder Ltd agreed to sell its 4% stake in Cedar Media to Birch Co.")).not.toContain("party.sell-stake-to");
    expect(rules("Alder Ltd sold its stake to Birch Co last year.")).not.toContain("party.sell-stake-to");
    expect(rules("Alder Ltd sold its majority stake in a sentence that goes on and on about many other things before it ever reaches to Birch Co.")).not.toContain("party.sell-stake-to");
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles ?? {}).sort().join(",")]));
    expect(roles("Alder Ltd agreed to sell its controlling stake in Cedar Media to Birch Co.")).toMatchObject({ alder: "seller", birch: "buyer" });
    // The owner of a stake that is bought is not the company bought.
    expect(roles("Cedar Media's stake owned by Birch Co is being acquired by Alder Ltd and its partners.")).toMatchObject({ alder: "buyer", birch: "seller" });
    expect(roles("Cedar Media's stake held by Birch Co will be bought by Alder Ltd.")).not.toHaveProperty("birch", "target");
    expect(roles("Birch Co is being acquired by Alder Ltd.")).toMatchObject({ birch: "target" });
  });
  it("a stake sold in the seller's own unit, a part of it sold, and a bid its board takes name the pair; a stake in another company, goods sold, and a regulator's approval do not", () => {
    const rules = (text: string) => (summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.flatMap((p) => p.rules);
    expect(rules("Alder Ltd sold a 5% stake in Cedar Media to Birch Co.")).not.toContain("party.sell-stake-in-own-unit");
    expect(rules("Alder Ltd sold its stake in its rival to Birch Co.")).not.toContain("party.sell-stake-in-own-unit");
    expect(rules("Alder Ltd halted the sale of its chips to Birch Co.")).not.toContain("party.sale-of-own-to");
    expect(rules("Alder Ltd approved the sale of its network equipment to Birch Co.")).not.toContain("party.sale-of-own-to");
    expect(rules("Alder Ltd approved the sale of its stake in the unit to Birch Co.")).not.toContain("party.sale-of-own-to");
    expect(rules("Cedar Authority approved the acquisition by Birch Co of Alder Ltd.")).not.toContain("party.board-approve-offer");
    expect(rules("Alder Ltd's board approved the plan, and the offer by Birch Co lapsed. ")).toContain("party.board-approve-offer");
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles ?? {}).sort().join(",")]));
    expect(roles("Alder Ltd will sell a 20% stake in its payments unit to Birch Co.")).toMatchObject({ alder: "seller", birch: "buyer" });
    expect(roles("Cedar Co said its board has backed an improved offer from Birch Co.")).toMatchObject({ birch: "acquirer", cedar: "target" });
  });
  it("a name that only qualifies a backer or owner is no party ('a Saudi Arabian-backed takeover', 'a Pacific-owned fund'); a known backer keeps its name", () => {
    for (const text of ["A Saudi Arabian-backed takeover of Birch Co has been completed.", "A Pacific-owned fund agreed to buy Birch Co.", "The Gulf-led consortium bought Birch Co."]) {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      const keys = s.parties.map((p) => p.key);
      expect(keys.filter((k) => /backed|owned|led|arabian|pacific|gulf/.test(k)), text).toEqual([]);
    }
    // The backer as an organisation fact is a mention of its own ("Alder Ltd-backed" holds "Alder Ltd").
    const text = "An Alder Ltd-backed fund agreed to buy Birch Co.";
    const names = findMentions(text, orgs(text), new Set(), new Set(), ["-backed"]).map((m) => m.name);
    expect(names).toEqual(["Alder Ltd", "Birch Co"]);
  });
  it("a name that leads the group which acts is the group's party ('An Alder Ltd-led consortium agreed to buy Birch Co'); a backed company is no group its backer leads", () => {
    for (const text of ["An Alder Ltd-led consortium agreed on Monday to buy Birch Co.", "The Alder Ltd-led private equity group will acquire Birch Co for $2 billion."]) {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      expect(s.pair.map((k) => k.split(" ")[0]).sort(), text).toEqual(["alder", "birch"]);
    }
    // "An Alder Ltd-backed startup agreed to buy Birch Co": the startup buys, not Alder Ltd.
    const backed = "An Alder Ltd-backed startup agreed to buy Birch Co.";
    expect((summarizeSource(backed, orgs(backed)) as unknown as DealSummary).pair.map((k) => k.split(" ")[0])).not.toContain("alder");
  });
  it("the company a stake is raised in buys nothing itself ('raise its stake in Y … by acquiring the holdings of Z')", () => {
    const text = "Alder Ltd announced plans to raise its stake in Nordic airline Birch Co from 19.9% to 60.5% by acquiring the full holdings of Cedar Partners.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(s.parties.find((p) => p.key.startsWith("birch"))?.roles).not.toHaveProperty("acquirer");
    // Not a stake raised: a stake that is merely held, or raised money.
    for (const t of ["Alder Ltd raised $2 billion and holds a stake in Birch Co.", "Alder Ltd raised its profit forecast, citing its interest in Birch Co."]) {
      const u = summarizeSource(t, orgs(t)) as unknown as DealSummary;
      expect(u.parties.flatMap((p) => p.rules), t).not.toContain("party.stake-raise");
    }
  });
  it("an investor named in a list of a company's backers led no round ('raised $312 million from investors including Y')", () => {
    const text = "Since its founding, Birch Co has raised $312 million from investors including Alder Ltd, which led its Series B.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.flatMap((p) => p.rules)).not.toContain("party.raise-led-by");
  });
  it("a descriptor before the investor is no company it led a round in ('Venture capital firm Y led the round')", () => {
    const text = "Venture Partners capital firm Alder Ltd led the round, which included Birch Co.";
    const facts = [...orgs(text), { type: "org" as const, start: 0, end: 16, value: { name: "Venture Partners" }, rule: "test" }].sort((a, b) => a.start - b.start);
    const s = summarizeSource(text, facts) as unknown as DealSummary;
    expect(s.parties.flatMap((p) => p.rules)).not.toContain("party.led-round-of");
  });
  it("an order book is no order placed with anyone ('placed the order book under review, with Birch Co watching')", () => {
    const text = "Alder Ltd placed the order book under review, with Birch Co watching closely.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.flatMap((p) => p.rules)).not.toContain("party.order-with");
  });
  it("the object of a verb before 'by placing' placed no order ('Alder Ltd surpassed Cedar Air by placing an order with Birch Aerospace')", () => {
    const text = "Alder Ltd surpassed Cedar Air by placing an order for 500 jets with Birch Aerospace.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.filter((p) => p.rules.includes("party.order-with")).map((p) => p.key.split(" ")[0])).not.toContain("cedar");
  });
  it("a pair counts once per sentence, at its strongest statement: an older order read by two patterns does not outweigh the lede's", () => {
    // The second sentence is read by two statements (an order, and "buy … from"): counted per
    // statement, its pair weighed twice the lede's.
    const text = "Alder Ltd on Monday announced that it has placed a record order to buy 500 aircraft from Birch Aerospace. In February, Cedar Air placed an order to buy 470 aircraft from Dover Aero. Cedar Air also placed an order for 250 planes from Birch Aerospace.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
  });
  it("an investor and the company it invests in, with the day and amounts as the pipeline marks them", () => {
    const text = "Opening a new front, Birch Co announced early Monday morning that it'll invest up to $4 billion in Alder Ltd, a top rival.";
    const facts = [...orgs(text), fact(text, "Monday", "date", { iso: "2026-01-05" }), fact(text, "$4 billion", "money", usd(4e9))].sort((a, b) => a.start - b.start);
    const sum = summarizeSource(text, facts) as unknown as DealSummary;
    expect(sum.parties.filter((p) => p.rules.includes("party.invest-in")).map((p) => [p.key.split(" ")[0], Object.keys(p.roles)[0]]).sort()).toEqual([["alder", "investee"], ["birch", "investor"]]);
  });
  it("a buyer's plan to invest in what it bought over a period names no investee ('plans to invest NOK 11 billion in Y by 2030')", () => {
    const text = "Alder Ltd will buy Birch Co for $2 billion. Alder Ltd plans to invest NOK 11 billion in Cedar Fiber by the end of 2030.";
    const sum = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(sum.parties.flatMap((p) => p.rules)).not.toContain("party.invest-in");
  });
  it("two names and a merger name no pair through a relative or time clause, nor two names that merely share a sentence with 'merge'", () => {
    for (const text of [
      "Alder Ltd and Birch Co, which agreed to merge in 2019, reported results.",
      "Alder Ltd and Birch Co reported results after Cedar Grid said it would merge with Dover Steel.",
      "Alder Ltd and Birch Co gained as investors bet that rivals plan to merge.",
    ]) {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      expect(s.parties.flatMap((p) => p.rules), text).not.toContain("party.and-merge");
    }
    const s = summarizeSource("Shares of Alder Ltd rose. A union of workers at Birch Co protested.", orgs("Shares of Alder Ltd rose. A union of workers at Birch Co protested.")) as unknown as DealSummary;
    expect(s.parties.flatMap((p) => p.rules)).not.toContain("party.merger-of");
  });
  it("an earlier deal ('withdraw from its previous agreement with Y') and a partner behind an article ('a deal with the maker of Y') name no pair", () => {
    for (const text of [
      "The move sees Alder Ltd withdraw from its previous agreement with New York-based fund Birch Co to buy the company.",
      "Cedar, the maker of Alder Ltd lagers, struck a deal with the maker of Birch Co beers.",
      "Alder Ltd's shares fell after the company filed details of the deal with the Birch Co exchange.",
      "Alder Ltd finishes its review and files a consent agreement with the Birch Co tribunal.",
    ]) {
      const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
      expect(s.parties.flatMap((p) => p.rules), text).not.toContain("party.deal-with");
    }
  });
  it("a sentence that opens with 'It' (or goes on after a colon with it) has the subject of the sentence before, or of its own first part, as its organisation", () => {
    const pairOf = (text: string) => partiesOf(text, "2025-06-01").map((p) => p.key.split(" ")[0]).sort();
    expect(pairOf("Alder Ltd said on Monday its profit rose. It will buy Birch Co for $5 billion.")).toEqual(["alder", "birch"]);
    expect(pairOf("On Wednesday, Alder Ltd confirmed what Cedar Media had reported: It has renewed its rights deal with Birch Co for 12 years.")).toEqual(["alder", "birch"]);
    // Not where the sentence before opens with no organisation: the pronoun has no subject to stand for.
    expect(pairOf("Analysts said Alder Ltd was the favourite. It will buy Birch Co for $5 billion.")).toEqual([]);
    // Not an earlier deal told with its year, however long the description between verb and price.
    expect(pairOf("Alder Ltd reported revenue of $5.9 billion. It bought regional fixed-wireless provider Birch Co for $410 million in 2022.")).toEqual([]);
    expect(pairOf("Alder Ltd started as a single shop in 1934. It bought the Birch Co pharmacy chain in 2021 for $610 million.")).toEqual([]);
  });
  it("what is sold is a party of its own ('sells its tea business Cedar Grid to Birch Co'), not a stake in it, and not an earlier sale with its year", () => {
    const rulesOf = (text: string) => (summarizeSource(text, orgs(text), "2025-06-01") as unknown as DealSummary).parties.filter((p) => p.rules.includes("party.sold-unit")).map((p) => [p.key.split(" ")[0], Object.keys(p.roles)[0]]);
    expect(rulesOf("Alder Ltd sells its tea business Cedar Grid to Birch Co for $2 billion.").sort()).toEqual([["birch", "buyer"], ["cedar", "target"]]);
    expect(rulesOf("Alder Ltd will sell its stake in Cedar Grid to Birch Co.")).toEqual([]);
    expect(rulesOf("Founded in 1973, Alder Ltd sold its card unit Cedar Grid to Birch Co in 2022.")).toEqual([]);
    expect(rulesOf("In 2022 it sold its card-payments unit Cedar Grid to Birch Co for $780 million.")).toEqual([]);
  });
  it("people are no parties: a name after a person's title ('Chief Executive Officer Peng Xiao'), a quote's speaker by full name or surname", () => {
    const text = "“We are glad,” Brad Smith said. Smith and Chief Executive Officer Peng Xiao said they agreed with Alder Ltd.";
    const quote = { type: "quote" as const, start: 1, end: 12, value: { text: "We are glad", speaker: "Brad Smith" }, rule: "test" };
    const stop = new Set(["Chief", "Executive", "Officer", "We"]);
    const names = (facts: RawFact[], titles: Set<string>) => findMentions(text, facts, stop, new Set(), [], titles).map((m) => m.name);
    expect(names([quote, ...orgs(text)], new Set(["Officer"]))).toEqual(["Alder Ltd"]);
    // Without the quote and the title, both are names like any other.
    expect(names(orgs(text), new Set())).toEqual(["Brad Smith", "Smith", "Peng Xiao", "Alder Ltd"]);
  });
  it("a quote's speaker the sentence makes the buyer is a party ('Brad Smith agreed to buy Alder Ltd', 'to sell the team to Brad Smith', 'a group led by Brad Smith'); one who speaks of a deal is not", () => {
    const quote = (text: string) => ({ type: "quote" as const, start: text.indexOf("“") + 1, end: text.indexOf("”") - 1, value: { text: "We are glad", speaker: "Brad Smith" }, rule: "test" });
    const names = (text: string) => findMentions(text, [quote(text), ...orgs(text)], new Set(["We"]), new Set()).map((m) => m.name);
    expect(names("Brad Smith agreed to buy Alder Ltd for $4 billion. “We are glad,” Brad Smith said.")).toEqual(["Brad Smith", "Alder Ltd"]);
    expect(names("Alder Ltd agreed to sell the team to Brad Smith for $4 billion. “We are glad,” Brad Smith said.")).toEqual(["Alder Ltd", "Brad Smith"]);
    expect(names("A group led by Brad Smith has agreed to purchase Alder Ltd. “We are glad,” Brad Smith said.")).toEqual(["Brad Smith", "Alder Ltd"]);
    expect(names("Brad Smith said Birch Co agreed to buy Alder Ltd. “We are glad,” Brad Smith said.")).toEqual(["Birch Co", "Alder Ltd"]);
  });
  it("a consortium's other members take its lead's part at half weight ('to a consortium of Birch Co, Cedar Grid and Germany’s Dover Foundation'); a list with no group word is none", () => {
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key, [p.weight, Object.keys(p.roles)[0]]]));
    const r = roles("Alder Ltd agreed to sell its lifts unit to a consortium of Birch Co, Cedar Grid and Germany’s Dover Foundation for $17 billion.");
    expect(r["birch"]).toEqual([1.8, "buyer"]);
    expect(r["cedar grid"]).toEqual([0.9, "co-buyer"]);
    expect(r["dover foundation"]).toEqual([0.9, "co-buyer"]);
    const plain = roles("Alder Ltd agreed to sell its lifts unit to Birch Co, and Cedar Grid and Dover Foundation were outbid.");
    expect(plain["cedar grid"]).toBeUndefined();
  });
  it("a closed list after a party names co-members ('orders for 470 Birch Co and Cedar Grid aircraft'); not examples ('brands including …'), nor a name that opens a clause", () => {
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key, Object.keys(p.roles)[0]]));
    expect(roles("Alder Ltd is placing orders for 470 Birch Co and Cedar Grid aircraft.")).toEqual({ alder: "buyer", birch: "provider", "cedar grid": "co-provider" });
    expect(roles("Alder Ltd will take over a raft of brands including Birch Co, Cedar Grid and Dover Tea.")["cedar grid"]).toBeUndefined();
    expect(roles("Alder Ltd agreed to buy Birch Co and Cedar Grid will sell its unit.")["cedar grid"]).toBeUndefined();
    expect(roles("Alder Ltd agreed to buy Birch Co and Cedar Grid's unit.")["cedar grid"]).toBeUndefined();
  });
  it("no party statement is without a case", () => {
    const ids = rules.parties.statements.map((s: { id: string }) => s.id);
    expect(ids.filter((id: string) => !PARTY.some((c) => c[0] === id))).toEqual([]);
  });
  it("a sale names seller and buyer only where what is sold is named; the unit sold is the seller's", () => {
    const summary = (text: string) => summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(summary("Alder Ltd sells its machines to Birch Co and to others.").pair).toEqual([]);
    expect(summary("Alder Ltd will sell its stake to Birch Co next year.").pair).toEqual([]);
    const text = "Alder Ltd agreed to sell its cable unit, Cedar Grid, to Birch Co.";
    const facts = [...orgs(text), { type: "org" as const, start: text.indexOf("Cedar Grid"), end: text.indexOf("Cedar Grid") + 10, value: { name: "Cedar Grid" }, rule: "test" }].sort((a, b) => a.start - b.start);
    const s = summarizeSource(text, facts) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(s.links).toContainEqual({ parent: "alder", child: "cedar grid", rule: "link.sells-its-unit" });
  });

  it("an owner named after its company links the two ('Alder Ltd, owner of Birch Co'); an owner of shares does not", () => {
    const links = (text: string) => (summarizeSource(text, orgs(text)) as unknown as DealSummary).links.filter((l) => l.rule.startsWith("link.owner"));
    expect(links("The new company will be 51 percent owned by Cedar Telecom and the rest by Alder Ltd, owner of Birch Co.")).toEqual([{ parent: "alder", child: "birch", rule: "link.owner-of" }]);
    expect(links("Alder Ltd, the parent company of Birch Co, said it would sell.")).toEqual([{ parent: "alder", child: "birch", rule: "link.owner-of" }]);
    expect(links("Alder Ltd, owner of 5% of the shares, voted against Birch Co.")).toEqual([]);
    expect(links("Alder Ltd owner Cedar Grid sold Birch Co.")).toEqual([]);
  });
  it("a name's left-out suffix and a ticker bracket read as nothing ('Birch Co, Inc. (BRC) to be acquired by'); a bracket that is a name stays an alias", () => {
    const pair = (text: string) => firstWordsOfPair(text);
    expect(pair("Birch Co, Inc. (BRC) to be acquired by Alder Ltd (ALD)")).toEqual(["alder", "birch"]);
    expect(pair("Birch Co, Inc. said it will be acquired by Alder Ltd.")).toEqual(["alder", "birch"]);
    const text = "Alder Ltd (Birch Co) agreed to buy a mill.";
    expect((summarizeSource(text, orgs(text)) as unknown as DealSummary).aliases).toContainEqual({ alias: "birch", of: "alder", rule: "link.alias" });
  });

  it("a building named by an appositive is what is bought, never a party: 'buy Cedar Tower, a 36-storey office building, from Birch Co'", () => {
    const text = "Alder Ltd will buy Cedar Tower, a 36-storey office building in Central, from developer Birch Co. Alder Ltd buys Cedar Tower for $1.2 billion";
    const facts = [...orgs(text), ...[...text.matchAll(/Cedar Tower/g)].map((m) => ({ type: "org" as const, start: m.index!, end: m.index! + 11, value: { name: "Cedar Tower" }, rule: "test" }))].sort((a, b) => a.start - b.start);
    const s = summarizeSource(text, facts) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key)).not.toContain("cedar tower");
  });

  it("paying for something is no party unless a name is what is paid for; a price paid in an earlier year is another deal", () => {
    const pair = (text: string) => (summarizeSource(text, orgs(text), "2026-03-03") as unknown as DealSummary).pair;
    expect(pair("ALDER LTD PAYS UP FOR A GERMAN KETTLE MAKER")).toEqual([]);
    expect(pair("Alder Ltd paid $5 billion for a 4% stake in Birch Co.")).toEqual([]);
    expect(pair("Rival Alder Ltd paid $2.9 billion for Birch Co in 2024, a deal criticised as expensive.")).toEqual([]);
    expect(pair("The move happens two years after Alder Ltd paid R$ 7.8 billion for Birch Co, in 2024.")).toEqual([]);
    expect(pair("The deal is the largest this year and comes 13 months after Alder Ltd agreed to buy Birch Co.")).toEqual([]);
    expect(pair("Alder Ltd bought Birch Co for $12.6bn last July.")).toEqual([]);
  });
  it("a year before the source's own and 'when' tell that year's event: 'traces its roots to 1968, when X merged with Y'", () => {
    const pair = (text: string) => (summarizeSource(text, orgs(text), "2026-02-25") as unknown as DealSummary).pair;
    expect(pair("Cedar traces its roots to 1968, when Alder Ltd merged with Birch Co.")).toEqual([]);
    expect(pair("It dates back to 2019, when Alder Ltd merged with Birch Co, the two said.")).toEqual([]);
    // A later year, or the statement before the year: this deal.
    expect(pair("Alder Ltd agreed to merge with Birch Co by 2027, when the plant opens.").map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(pair("Alder Ltd agreed to merge with Birch Co, its partner since 2019, when the two built a plant.").map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(pair("Alder Ltd agreed to merge with Birch Co on Monday, ending talks that began in 2019, when the two built a plant.").map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
  });
  it("joint projects name both partners; a product after 'starting with' and a plant announced in an earlier year name none", () => {
    const pair = (text: string) => firstWordsOfPair(text, "2026-05-13");
    expect(pair("British carmaker Alder Ltd and Dutch battery maker Birch Co will spend about $5 billion to build a cell plant.")).toEqual(["alder", "birch"]);
    expect(pair("Cedar has agreed to take 80% of the plant's output from 2029, starting with the next-generation Birch Co crossover.")).toEqual([]);
    expect(pair("Italian carmaker Alder Ltd and its German partner Birch Co announced a $3.4 billion, 32 GWh plant in Gyor, Hungary, in 2024.")).toEqual([]);
    expect(pair("Italian carmaker Alder Ltd and its German partner Birch Co announced a $3.4 billion plant in Hungary, which opens in 2024.")).toEqual(["alder", "birch"]);
    // A person before a comma and a description is no partner in a pair.
    expect(pair("Alder Ltd, the Birch Co partner leading the deal, said the firm had no plans to sell.")).toEqual([]);
  });
  it("a title-case headline's amount word ('Multi-Billion', 'Billion-Dollar') and an acronym's plural ('ADCs') are no name's words", () => {
    const pair = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).pair.map((k) => k.split(" ")[0]).sort();
    // Between a headline's amount and its deal noun, words the text writes in lower case say what kind of deal it is.
    expect(pair("Alder Signs $18 Billion Nuclear Power Deal with Birch Energy\n\nBirch Energy will supply nuclear power to Alder through 2042.")).toEqual(["alder", "birch"]);
    expect(pair("Alder Signs $18 Billion Nuclear Power Deal with Birch Energy\n\nBirch Energy will supply power to Alder through 2042.")).not.toEqual(["alder", "birch"]);
    expect(pair("Alder Signs $18 Billion Cedarline Deal\n\nAlder will buy power from Cedarline through 2042.")).toEqual(["alder", "cedarline"]);
    expect(pair("Alder Signs Multi-Billion Deal With Birch Co For Drug Development\n\nAlder said it would co-develop three drugs.")).toEqual(["alder", "birch"]);
    expect(pair("Alder Signs Billion-Dollar Deal With Birch Co\n\nAlder said it would co-develop three drugs.")).toEqual(["alder", "birch"]);
    const keys = (text: string) => (summarizeSource(text, extracted(text)) as unknown as DealSummary).parties.map((p) => p.key);
    expect(keys("Alder Ltd pays $4B upfront for rights to 3 Birch ADCs in a bet on its future.")).toEqual(["alder", "birch"]);
    // A name whose own word has a scale word's letters inside it stays ("Millionaire Capital").
    expect(keys("Alder Ltd agreed to buy Millionaire Capital for $1bn.")).toContain("millionaire capital");
  });
  it("a model code ends a name ('Birch Co AV220 jets' names Birch Co); an order book or 'in order to' is no deal", () => {
    const s = summarizeSource("Alder Ltd has placed a firm order for 60 Birch Co AV220 narrowbody jets.", orgs("Alder Ltd has placed a firm order for 60 Birch Co AV220 narrowbody jets.")) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key).sort()).toEqual(["alder", "birch"]);
    const noMention = summarizeSource("Shares of Cedar rose as Dogwood A320neo jets arrived.", []) as unknown as DealSummary;
    expect(Object.keys(noMention.names)).not.toContain("dogwood a320neo");
    for (const text of ["Alder Ltd will buy Birch Co. Birch Co's payment depends on order-book targets over the next two years.", "Alder Ltd will buy Birch Co. Birch Co cut staff in order to save money over two years."]) {
      const f = fact(text, "two years", "duration", { iso: "P2Y" });
      expect(tagOf(text, f)?.fields ?? [], text).not.toContain("term");
    }
  });
  it("a tech acronym ('SaaS', 'IaaS') is no party; a deal done 'last week' is another deal", () => {
    const text = "Alder Ltd touts multi-year cloud deal with SaaS finance firm Birch Co.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key)).not.toContain("saas");
    const t = "Alder Ltd signed a deal with Birch Co. Last week, Alder Ltd announced a five-year agreement with Birch Co's rival.";
    const f = fact(t, "five-year", "duration", { iso: "P5Y" });
    const facts = [...orgs(t), f].sort((a, b) => a.start - b.start);
    expect(tagFields(t, facts)[facts.indexOf(f)]?.fields ?? []).not.toContain("term");
  });
  it("a hyphenated name is one name ('Schering-Plough', 'Rolls-Royce'), not its first half", () => {
    const s = summarizeSource("Alder Ltd To Acquire Harrow-Pellman In $41.1 Billion Deal", orgs("Alder Ltd To Acquire Harrow-Pellman In $41.1 Billion Deal")) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key).sort()).toEqual(["alder", "harrow pellman"]);
  });
  it("a place before a descriptor ending is no name ('The San Francisco-based firm')", () => {
    const s = summarizeSource("The San Francisco-based firm Alder Ltd will pay $47.25 in cash for each Birch Co share.", orgs("The San Francisco-based firm Alder Ltd will pay $47.25 in cash for each Birch Co share.")) as unknown as DealSummary;
    expect(s.parties.map((p) => p.key).sort()).toEqual(["alder", "birch"]);
  });
  it("on a tie in weight, the pair stated first is the source's deal, not a rival's told after it", () => {
    const text = "Shares rose on the news today.\n\nThe analysts were busy.\n\nThey had calls all day long.\n\nMarkets were calm in Europe.\n\nDeal talk was everywhere.\n\nAlder Ltd agreed to buy Birch Co for $7 billion. Rival Cedar Inc agreed in March to buy Dogwood Plc for $10.5 billion.";
    const facts = [...orgs(text)];
    for (const name of ["Cedar Inc", "Dogwood Plc"]) facts.push({ type: "org", start: text.indexOf(name), end: text.indexOf(name) + name.length, value: { name }, rule: "test" });
    facts.sort((a, b) => a.start - b.start);
    expect((summarizeSource(text, facts) as unknown as DealSummary).pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
  });
  it("a place in the possessive before an organisation is no party ('Finland's Birch Co')", () => {
    const text = "Alder Ltd agreed to buy Finland's Birch Co.";
    const s = summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(s.pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
  });

  it("supplying is a verb, never the noun ('a rent bill'), and never read across a quotation mark", () => {
    const pair = (text: string) => (summarizeSource(text, orgs(text)) as unknown as DealSummary).pair;
    expect(pair("“Alder Ltd mends the balance sheet and hands the next decade a rent bill,” according to Birch Co.")).toEqual([]);
    expect(pair("Alder Ltd signed the lease to Birch Co's building.")).toEqual([]);
    expect(pair("“Alder Ltd will supply,” said an analyst, “capacity to Birch Co.”")).toEqual([]);
  });

  it("roles: provider/buyer for supply and contract wins, licensee/licensor for rights", () => {
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles)]));
    expect(roles("Alder Ltd agreed to supply Birch Co with chips.")).toEqual({ alder: ["provider"], birch: ["buyer"] });
    expect(roles("Alder Ltd wins $2 billion contract from Birch Co.")).toEqual({ alder: ["provider"], birch: ["buyer"] });
    expect(roles("Alder Ltd has won the broadcast rights to Birch Co.")).toEqual({ alder: ["licensee"], birch: ["licensor"] });
  });

  it("a descriptor ending ('Oslo-based', 'Nasdaq-listed') or a financing acronym (SPAC, PIPE) is no name", () => {
    const summary = (text: string) => summarizeSource(text, orgs(text)) as unknown as DealSummary;
    expect(summary("Alder Ltd, the Oslo-based rental provider of processors, will supply chips to Birch Co.").pair.map((k) => k.split(" ")[0]).sort()).toEqual(["alder", "birch"]);
    expect(summary("The PIPE money, committed by investors who buy new shares, lifts the SPAC's cash.").pair).toEqual([]);
  });

  it("roles: acquirer/target, investor/investee, buyer/provider", () => {
    const roles = (text: string) => Object.fromEntries((summarizeSource(text, orgs(text)) as unknown as DealSummary).parties.map((p) => [p.key.split(" ")[0], Object.keys(p.roles)]));
    expect(roles("Alder Ltd agreed to buy Birch Co.")).toEqual({ alder: ["acquirer"], birch: ["target"] });
    // A passive is read the other way round, never as "Birch Co … acquired … Alder Ltd"; "is buying" is no passive.
    expect(roles("Birch Co has agreed to be acquired by private equity firms Alder Ltd and others.")).toEqual({ alder: ["acquirer"], birch: ["target"] });
    expect(roles("Birch Co said it would be taken private by Alder Ltd.")).toEqual({ alder: ["acquirer"], birch: ["target"] });
    expect(roles("Alder Ltd is buying the new Birch Co shares at $23.28 each.")).toEqual({ alder: ["acquirer"], birch: ["target"] });
    expect(roles("Birch Co rejected Alder Ltd's $30-a-share approach.")).toEqual({ alder: ["acquirer"], birch: ["target"] });
    expect(roles("Birch Co raised $50 million in a round led by Alder Ltd.")).toEqual({ alder: ["investor"], birch: ["investee"] });
    expect(roles("Alder Ltd signed a cloud deal with Birch Co. Alder Ltd will use servers run by Birch Co.")).toEqual({ alder: ["buyer"], birch: ["provider"] });
    expect(roles("Alder Ltd signed a cloud deal with Birch Co. Birch Co will supply capacity to Alder Ltd.")).toEqual({ alder: ["buyer"], birch: ["provider"] });
    expect(roles("Alder Ltd agreed to buy wind power from utility Birch Co.")).toEqual({ alder: ["buyer"], birch: ["provider"] });
    // A power purchase agreement is no takeover; a descriptor may stand between "with" and the name.
    expect(roles("Birch Co has signed a power purchase agreement with chip maker Alder Ltd. Birch Co will sell power to Alder Ltd.")).toEqual({ alder: ["buyer"], birch: ["provider"] });
  });
});

describe("a needs pattern cut into the parts a clause is tested for once", () => {
  it("cuts at top-level bars only, not inside groups, classes or after an escape", async () => {
    const { topLevelAlternatives } = await import("../src/merge/rules.js");
    expect(topLevelAlternatives("{DEAL}|\\bagree\\w*|(?:buy|sell)s?")).toEqual(["{DEAL}", "\\bagree\\w*", "(?:buy|sell)s?"]);
    expect(topLevelAlternatives("[|(]x|a\\|b")).toEqual(["[|(]x", "a\\|b"]);
    expect(topLevelAlternatives("(?:a|b)c")).toEqual(["(?:a|b)c"]);
  });
  it("keeps a pattern with a back-reference whole", async () => {
    const { topLevelAlternatives } = await import("../src/merge/rules.js");
    expect(topLevelAlternatives("(a)x\\1|b")).toEqual(["(a)x\\1|b"]);
  });
  it("tests a shared part once for all the cues that need it: same tags as the whole pattern", () => {
    const text = "Alder Ltd signed a $2 billion supply deal with Birch Co. Its shares rose 4% on the news.";
    const facts: RawFact[] = [
      { type: "money", start: text.indexOf("$2 billion"), end: text.indexOf("$2 billion") + 10, text: "$2 billion", value: usd(2e9), rule: "t" },
      { type: "percent", start: text.indexOf("4%"), end: text.indexOf("4%") + 2, text: "4%", value: { value: 4 }, rule: "t" },
    ];
    const tags = tagFields(text, facts, "2025-01-01");
    expect(tags[0]?.fields).toEqual(["value"]);
    expect(tags[1]?.fields).toEqual(["stock"]);
  });
});

describe("awards, trailing clauses, superlatives and share moves of two companies", () => {
  const summary = (text: string) => summarizeSource(text, orgs(text)) as unknown as DealSummary;
  it("the one who awards a contract buys, the one awarded provides", () => {
    const s = summary("Alder Ltd has awarded Birch Co a contract worth up to $5 billion.");
    const role = (k: string) => Object.keys(s.parties.find((p) => p.key.startsWith(k))?.roles ?? {});
    expect(role("alder")).toEqual(["buyer"]);
    expect(role("birch")).toEqual(["provider"]);
    // Awarding a prize or a grade is no contract.
    expect(summary("Alder Ltd awarded Birch Co the prize for design.").pair).toEqual([]);
  });
  it("a marker in a participle's own clause speaks of that clause; one in a later clause of the whole sentence", () => {
    for (const [text, sub, amount, field] of [
      ["Alder Ltd has awarded Birch Co a contract worth $5 billion, reinstating a program Birch Co lost last June.", "$5 billion", 5e9, "value"],
      ["Alder Ltd awarded Birch Co a $5 billion contract, replacing the deal it signed last year.", "$5 billion", 5e9, "value"],
      // The marker is past a comma: the whole sentence is about the earlier offer.
      ["The firm offered $6.65 a share, valuing Birch Co at $1.6 billion, and persuaded the board to drop the original offer.", "$1.6 billion", 1.6e9, null],
    ] as const) {
      const f = fact(text, sub, "money", usd(amount));
      expect(tagOf(text, f)?.fields[0] ?? null, text).toBe(field);
    }
  });
  it("a closing price is the company's that closed ('Birch Co closed yesterday at $14.37'), never a deal that closed at a figure", () => {
    for (const [text, sub, amount, field] of [
      ["Alder Ltd agreed to buy Birch Co. Birch Co closed on Monday at $14.37.", "$14.37", 14.37, "stock"],
      ["Alder Ltd agreed to buy Birch Co. Birch Co's shares closed at $14.37.", "$14.37", 14.37, "stock"],
      ["Alder Ltd agreed to buy Birch Co. The index closed yesterday at $14.37.", "$14.37", 14.37, null],
      ["Alder Ltd agreed to buy Birch Co. The fund closed at $900 million.", "$900 million", 9e8, null],
    ] as const) {
      const f = fact(text, sub, "money", usd(amount));
      expect(tagOf(text, f)?.fields[0] ?? null, text).toBe(field);
    }
  });
  it("a superlative's span of years is no term ('its largest acquisition in over 20 years')", () => {
    for (const [text, sub, field] of [
      ["Alder Ltd will buy Birch Co in its largest acquisition in over 20 years.", "20 years", null],
      ["Alder Ltd signed a deal with Birch Co, the biggest deal for more than 10 years.", "10 years", null],
      ["Alder Ltd signed an agreement with Birch Co running over 20 years.", "20 years", "term"],
    ] as const) {
      const n = Number(/\d+/.exec(sub)![0]);
      const f = fact(text, sub, "duration", { iso: `P${n}Y` });
      expect(tagOf(text, f)?.fields[0] ?? null, text).toBe(field);
    }
  });
  it("an exchange named in brackets after the company is not the subject of its move ('Shares of Y (SIX:UBXN) fell 3.3%')", () => {
    const text = "Alder Ltd will buy Birch Co. Shares of Birch Co (SIX:BRCH) fell 3.3% on Monday.";
    const f = fact(text, "3.3%", "percent", { value: 3.3 });
    const six = text.indexOf("SIX");
    const facts = [...orgs(text), { type: "org", start: six, end: six + 3, value: { name: "SIX Swiss Exchange" }, rule: "test" } as RawFact, f].sort((a, b) => a.start - b.start);
    expect(tagFields(text, facts, null)[facts.indexOf(f)]?.aspects?.stock).toBe("shares|birch");
  });
  it("a stake's price is the deal's value, not the worth of the whole company after ', valuing'", () => {
    for (const [text, sub, field] of [
      ["Alder Ltd bought a 10% stake in Birch Co for $500 million, valuing the company at about $5 billion.", "$5 billion", "valuation"],
      ["Alder Ltd agreed to buy a minority holding in Birch Co for $80 million, valuing it at $1.2 billion.", "$1.2 billion", "valuation"],
      ["Alder Ltd agreed to buy Birch Co for $50 a share in cash, valuing the company at about $5 billion.", "$5 billion", "value"],
    ] as const) {
      const n = parseFloat(sub.slice(1)) * 1e9;
      const f = fact(text, sub, "money", usd(n, text.includes("about " + sub) ? "about" : undefined));
      expect(tagOf(text, f)?.fields, text).toEqual([field]);
    }
  });
  it("no term from a spending plan's horizon, an offer's window in days, or a period with no deal in its clause", () => {
    for (const [text, sub, iso] of [
      ["Under the $26 billion deal for Birch Co, Alder Ltd will invest $2.5 billion in its networks over the next five years.", "five years", "P5Y"],
      ["The tender offer by Alder Ltd for Birch Co will run for 30 days.", "30 days", "P30D"],
      ["Alder Ltd launched a two-day offer for shares of Birch Co.", "two-day", "P2D"],
      ["In a five-year period sales at Birch Co doubled.", "five-year", "P5Y"],
    ] as const) {
      const f = fact(text, sub, "duration", { iso });
      expect(tagOf(text, f)?.fields ?? [], text).not.toContain("term");
    }
    // The same words with the deal's own span stay a term.
    const text = "Alder Ltd signed a contract with Birch Co running over the next five years.";
    expect(tagOf(text, fact(text, "five years", "duration", { iso: "P5Y" }))?.fields).toEqual(["term"]);
  });
  it("a page's live quote box in brackets after a name is no claim on the stock; a ticker in brackets before the move is no box", () => {
    const a = "Alder Ltd agreed to buy Birch Co. Shares of Birch Co (BRCH 4.30%) rocketed higher after the deal.";
    expect(tagOf(a, fact(a, "4.30%", "percent", { value: 4.3 }))?.fields ?? []).toEqual([]);
    const b = "Alder Ltd agreed to buy Birch Co. Shares of Birch Co (NASDAQ: BRCH) rose 4.3% after the deal.";
    expect(tagOf(b, fact(b, "4.3%", "percent", { value: 4.3 }))?.fields).toEqual(["stock"]);
  });
  it("no announcement from a date after 'agreed to buy' that tells another thing ('founded on', 'expected on')", () => {
    expectNoClaim("announced", "date", [
      ["Alder Ltd agreed to buy Birch Co, which was founded on 5 July 1956, for $3.2 billion.", "5 July 1956", "1956-07-05"],
      ["Alder Ltd agreed to buy Birch Co for $3.2 billion, with closing expected on March 31.", "March 31", "2026-03-31"],
      ["Alder Ltd agreed to buy Birch Co, listed on the Oslo exchange on 5 July 1996, for $3.2 billion.", "5 July 1996", "1996-07-05"],
    ]);
  });
  it("a possessive pronoun before the shares stands for the first party its sentence, or the one before, names", () => {
    for (const [text, sub, aspect] of [
      ["Birch Co said on Tuesday it had agreed to be bought by Alder Ltd for $2 billion.\n\nIts shares rose 21% by midday.", "21%", "shares|birch"],
      ["Alder Ltd will buy Birch Co for $2 billion. Alder Ltd, which is listed in Oslo, saw its stock fall 1.5%.", "1.5%", "shares|alder"],
      // The sentence before names no party first: an adviser's shares are not the deal's.
      ["Alder Ltd will buy Birch Co for $2 billion. Cedar Securities advised on the deal. Its shares rose 3%.", "3%", "shares"],
    ] as const) {
      const f = fact(text, sub, "percent", { value: parseFloat(sub) });
      expect(tagOf(text, f)?.aspects?.stock, text).toBe(aspect);
    }
  });
  it("a role noun stands for the party with that role ('Shares in the target closed up 17.5%', 'the buyer's stock slipped 2%')", () => {
    for (const [text, sub, aspect] of [
      ["Alder Ltd will buy Birch Co for $2 billion. Shares in the target closed up 17.5% at $41.20.", "17.5%", "shares|birch"],
      ["Alder Ltd will buy Birch Co for $2 billion. The buyer's stock slipped 2%.", "2%", "shares|alder"],
      ["Alder Ltd will buy Birch Co for $2 billion. Shares of the acquirer fell 3.1% in early trading.", "3.1%", "shares|alder"],
      ["Alder Ltd will buy Birch Co for $2 billion. The target company's shares jumped 22%.", "22%", "shares|birch"],
      ["Alder Ltd will buy Birch Co for $2 billion. Birch Co shares rose 18% and the buyer fell 2%.", "2%", "shares|alder"],
      // A name between the role noun and the move is the move's subject.
      ["Alder Ltd will buy Birch Co for $2 billion. Shares in the target rose, while Alder Ltd was down 4%.", "4%", "shares|alder"],
      // A role noun with no tie to the shares, or one no party of the source has, names nobody.
      ["Alder Ltd will buy Birch Co for $2 billion. The target has grown fast; shares rose 9%.", "9%", "shares"],
      ["Alder Ltd signed a cloud deal with Birch Co. The seller's shares rose 5%.", "5%", "shares"],
    ] as const) {
      const f = fact(text, sub, "percent", { value: parseFloat(sub) });
      expect(tagOf(text, f)?.aspects?.stock, text).toBe(aspect);
    }
  });
  it("a move told right after a name is that name's ('while Y was down 6.6%')", () => {
    for (const [text, sub, aspect] of [
      ["Alder Ltd will buy Birch Co. Birch Co's shares were up 4.5%, while Alder Ltd was down 6.6%.", "6.6%", "shares|alder"],
      ["Alder Ltd will buy Birch Co. Birch Co's shares were up 4.5%, while Alder Ltd was down 6.6%.", "4.5%", "shares|birch"],
      ["Alder Ltd will buy Birch Co. Birch Co closed up 18.4 percent on the news.", "18.4 percent", "shares|birch"],
      // Not a move of the name's own: "after" stands between.
      ["Alder Ltd will buy Birch Co. Birch Co shares rose after Alder Ltd said it would pay 6%.", "6%", null],
    ] as const) {
      const f = fact(text, sub, "percent", { value: parseFloat(sub) });
      const tag = tagOf(text, f);
      if (aspect === null) expect(tag?.aspects?.stock ?? null, text).not.toBe("shares|alder");
      else expect(tag?.aspects?.stock, text).toBe(aspect);
    }
  });
});

describe("the role lists name roles the party rules give", () => {
  // A misspelt role in saleSides or buyingRoles would silently never match: every one must be a
  // role some party statement or role pattern can give, or a co- role of one.
  const given = new Set<string>();
  for (const s of [...rules.parties.statements, ...rules.parties.roles] as { roles: (string | null)[] }[]) for (const r of s.roles) if (r) given.add(r);
  for (const [r, c] of Object.entries(rules.parties.complements as Record<string, string>)) given.add(r).add(c);
  it("saleSides", () => {
    const sides = rules.parties.saleSides as Record<string, string>;
    expect(Object.keys(sides).filter((r) => !given.has(r))).toEqual([]);
    expect(new Set(Object.values(sides))).toEqual(new Set(["seller", "buyer", "target"]));
  });
  it("buyingRoles", () => {
    expect((rules.parties.buyingRoles as string[]).filter((r) => !given.has(r))).toEqual([]);
    expect(rules.parties.buyingRoles).toContain("acquirer");
  });
});

describe("round 43 of real coverage: the statements, cues and marks it asked for", () => {
  it("a price paid reads the first 'for' after its verb: 'paid for them, but … a win for the PE firm' names no pair, nor is 'PE' a name", () => {
    expect(firstWordsOfPair("It is unclear how much Alder Ltd paid for them, but the deal is a win for the PE firm.")).toEqual([]);
    expect(firstWordsOfPair("Alder Ltd paid $2bn for Birch Co.")).toEqual(["alder", "birch"]);
  });
  it("the names' owner buys, not the brands it owns ('X and Y owner buying Z')", () => {
    expect(Object.keys(rolesOf("Alder Grill and Cedar Wings owner buying Birch Brands in $11 billion deal"))).not.toContain("alder");
    expect(rolesOf("Alder Brands is buying Birch Brands in an $11 billion deal.")).toEqual({ alder: "acquirer", birch: "target" });
  });
  it("a board of directors is nobody's party", () => {
    expect(Object.keys(rolesOf("Birch Hotels said its Board of Directors unanimously rejected an unsolicited proposal by Alder Hotels."))).not.toContain("board");
  });
  it("a headline's move verb and the words of a deal's kind the text writes in lower case are no names", () => {
    const text = "Birch (BRC) Stock Surges Following Silicon Carbide Wafer Deal with Alder Electronics\n\nAlder Electronics will buy silicon carbide wafer supplies from Birch for ten years.";
    expect(Object.keys(rolesOf(text))).not.toContain("surges");
    expect(Object.keys(rolesOf(text))).not.toContain("silicon");
  });
  it("the earlier move a record is measured against is an earlier one: 'since a 49% jump in March 2022'", () => {
    const text = "Alder Ltd will buy Birch Co. Birch Co shares soared 43% on Thursday, their largest same-day increase since a 49% jump in March 2022.";
    expect(tagOf(text, fact(text, "49%", "percent", { value: 49 }))?.aspects?.stock).toMatch(/^earlier/);
    expect(tagOf(text, fact(text, "43%", "percent", { value: 43 }))?.aspects?.stock ?? "").not.toMatch(/^earlier/);
  });
  it("'X on Tuesday proposed to acquire Y' and 'On Tuesday, X went public with its offer' tell the announcement day", () => {
    for (const [text, id] of [
      ["Alder Ltd on Tuesday proposed to acquire Birch Co for about $7.8 billion.", "announced.on-date-verb"],
      ["Late Tuesday, Alder Ltd went public with its offer to buy Birch Co.", "announced.fronted-date"],
    ] as const) {
      const tag = tagOf(text, fact(text, "Tuesday", "date", { iso: "2023-10-17" }));
      expect(tag?.fields ?? [], text).toContain("announced");
      expect(Object.values(tag?.rules ?? {}), text).toContain(id);
    }
  });
  it("a reporting period and a period the deal is ranked in are no announcement day; a company ranked among others still announces", () => {
    expectNoClaim("announced", "date", [
      ["Birch Co announced its third-quarter financial results and a $5.5 billion, 15-year agreement with Alder Ltd.", "third-quarter", "2025-Q3"],
      ["Alder Ltd will lease space from Birch Co. This is one of the largest AI hosting agreements announced this year.", "this year", "2025"],
    ]);
    const text = "Alder Ltd will buy Birch Co. South Korea's largest automaker announced Friday that Alder Ltd will acquire an 80% stake in Birch Co.";
    expect(tagOf(text, fact(text, "Friday", "date", { iso: "2020-12-11" }))?.fields ?? []).toContain("announced");
  });
  it("a deal the present one follows, and one 'a few days' before it, are other deals", () => {
    expect(claimsValue("Alder Ltd will buy Birch Co for $1.4 billion. The planned acquisition follows Alder Ltd's move in August to buy Cedar Foods for $1.25 billion.", "$1.25 billion", 1.25e9)).toBe(false);
    expect(firstWordsOfPair("The investment comes just a few days after Birch Co said it secured a $1.25 billion note financing led by Alder Ltd.")).toEqual([]);
  });
});

describe("round 44 of real coverage: the statements, cues and marks it asked for", () => {
  it("a close the text says had happened ('had closed … on Friday') is an earlier move, not the news's", () => {
    const text = "Birch Co agreed to sell its wireless unit to Alder Ltd. Birch Co shares had closed at $42.98, down 0.81 percent on Friday.";
    expect(tagOf(text, fact(text, "0.81 percent", "percent", { value: 0.81 }))?.aspects?.stock).toMatch(/^earlier/);
    const now = "Birch Co agreed to sell its wireless unit to Alder Ltd. Birch Co shares closed at $42.98, down 0.81 percent on Tuesday.";
    expect(tagOf(now, fact(now, "0.81 percent", "percent", { value: 0.81 }))?.aspects?.stock ?? "").not.toMatch(/^earlier/);
  });
  it("a purchase the clause dates from ('since it was purchased for £6.3bn … in 2016') is another deal's price", () => {
    expect(claimsValue("Alder Ltd will buy Birch Co in a £3bn deal. The sport could see its value soar, as Cedar's has since it was purchased for £6.3bn by Alder Ltd in 2016.", "£6.3bn", 6.3e9)).toBe(false);
    expect(claimsValue("Alder Ltd will buy Birch Co in a £3bn deal. It was purchased for £6.3bn by Alder Ltd.", "£6.3bn", 6.3e9)).toBe(true);
  });
  it("an award's contract may have a term between its article and noun ('a new 15-year contract'); a sale its price between the unit and its buyer", () => {
    expect(rolesOf("Alder Ltd awarded Birch Co a new 15-year contract worth £2.4B.")).toEqual({ alder: "buyer", birch: "provider" });
    expect(rolesOf("Cedar Group confirmed the sale of its tower unit Alder Ltd for ZAR 6.75 billion (US$355 million) to private equity firm Birch Co.")).toMatchObject({ alder: "target", birch: "buyer" });
  });
  it("a purchase told with 'also', or an investment with an earlier year, is another deal: its company is no party", () => {
    for (const later of ["Alder Ltd invested in fibre network operator Dunmore Fibre in 2020.", "The company also bought fibre provider Dunmore Fibre in 2020."]) {
      const roles = rolesOf(`Cedar Group sold its tower unit Birch Co to Alder Ltd for $355 million. ${later}`, later.startsWith("The") ? null : "2024-03-22");
      expect(roles.birch, later).toBe("target");
      expect(Object.keys(roles), later).not.toContain("dunmore");
    }
    // Shares bought alongside the deal's own money are the same deal's.
    const text = "Alder Ltd put in $450 million of the new money in Birch Co and also bought shares from early employees, leaving it with a 9% stake in Birch Co.";
    expect(tagOf(text, fact(text, "9%", "percent", { value: 9 }))?.fields ?? []).toContain("stake");
  });
  it("a marker of the past in a relative clause about the last name speaks of that clause alone", () => {
    expect(claimsValue("Alder Ltd just signed a $27 billion, five-year deal with Birch Co — a company that, two years ago, was busy shedding its old name.", "$27 billion", 27e9)).toBe(true);
    const text = "Alder Ltd signed a $5 billion deal with Birch Co, which last year bought Cedar Foods for $2 billion.";
    expect(claimsValue(text, "$5 billion", 5e9)).toBe(true);
    expect(claimsValue(text, "$2 billion", 2e9)).toBe(false);
    // Without the clause the whole sentence is the earlier deal's.
    expect(claimsValue("Two years ago Alder Ltd signed a $27 billion deal with Birch Co.", "$27 billion", 27e9)).toBe(false);
  });
  it("a relative clause does not clear an earlier deal's year before it, and a stock index is nobody's party", () => {
    const text = "Alder Ltd will buy Birch Co for $1.35 billion. That looks cheap next to Cedar Media's $1.1 billion purchase of the Dunmore library in 2023, which valued it at nine times income.";
    expect(tagOf(text, fact(text, "$1.1 billion", "money", usd(1.1e9)), "2025-06-01")?.fields ?? []).not.toContain("value");
    expect(tagOf(text, fact(text, "$1.35 billion", "money", usd(1.35e9)), "2025-06-01")?.fields ?? []).toContain("value");
    expect(Object.keys(rolesOf("Alder Corp shares fell 7.1% in Seoul, on a day the benchmark Kospi edged up 0.3%, after the company agreed to pay $1.2 billion for Birch Co."))).not.toContain("kospi");
  });
  it("round 46: a takeover battle's length is no term; a deal that values the shares so much higher is no share move; a currency code and a page's address name no party", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd has reached a $3.8 billion deal to buy Birch Co, capping a months-long takeover battle.", "months-long", "P1M"],
      ["Alder Ltd agreed to acquire Birch Co for about $2.4 billion, burying the hatchet after a five-month takeover contest.", "five-month", "P5M"],
      ["Alder Ltd will buy Birch Co. Analysts rated the stock on its total return over a 12-month investment horizon.", "12-month", "P12M"],
      ["Alder Ltd will buy Birch Co for £2.1bn, 15.9 times its EBITDA for the 12-month period ended 31 December 2023.", "12-month", "P12M"],
    ]);
    const text = "Alder Ltd will buy Birch Co. The deal values Birch Co shares about 49% higher than their price before it was announced.";
    expect(tagOf(text, fact(text, "49%", "percent", { value: 49, qualifier: "about" }))?.fields ?? []).not.toContain("stock");
    const moved = "Alder Ltd will buy Birch Co. The news sent Birch Co shares 49% higher.";
    expect(tagOf(moved, fact(moved, "49%", "percent", { value: 49 }))?.fields ?? []).toContain("stock");
    const roles = rolesOf("Source: https://news.example.com/Alder-Birch-Merge/100/i44\n\nAlder Ltd will buy its rival at DKK 660.55 (DKK 1 = $0.14) per Birch Co share, or $11 billion.");
    expect(Object.keys(roles).sort()).toEqual(["alder", "birch"]);
    const adr = rolesOf("The tender offer will also include a concurrent offer by Alder Ltd to acquire all American Depositary Shares, each representing two shares in Birch Co.");
    expect(adr).toEqual({ alder: "acquirer", birch: "target" });
  });
  it("'X is leading a financing round in Y' names investor and investee; 'Bidco' is no party", () => {
    expect(rolesOf("Alder Ltd is leading a financing round in Birch Co, one of the most highly valued startups, at a valuation north of $4 billion.")).toEqual({ alder: "investor", birch: "investee" });
    expect(Object.keys(rolesOf("Alder Ltd will buy Birch Co for £4.1bn. Bidco said the offer of 1,200p a share was final.")).sort()).toEqual(["alder", "birch"]);
  });
  it("an agreement 'we initially signed in 2020' is an earlier one, while 'was originally announced on 14 August' tells this deal's day; a commitment to no party is no value", () => {
    expect(claimsValue("Alder Ltd signed a new deal with Birch Co. \"Our partnership has grown from the $250 million agreement we initially signed in 2020 to $1.1 billion today,\" Alder Ltd said.", "$250 million", 2.5e8)).toBe(false);
    const text = "Birch Co sold a stake in its unit to Alder Ltd for $200 million. The transaction was originally announced on 14 August 2023 and is subject to customary closing conditions.";
    expect(tagOf(text, fact(text, "14 August 2023", "date", { iso: "2023-08-14" }))?.fields ?? []).toContain("announced");
    expect(claimsValue("Alder Ltd signed a new deal with Birch Co. Alder Ltd has committed $1.1 billion to charity.", "$1.1 billion", 1.1e9)).toBe(false);
  });
  it("closing share prices on a day are no expected closing", () => {
    expectNoClaim("expected_close", "date", [["Alder Ltd will buy Birch Co. Each Birch Co share can be exchanged for 0.57 of an Alder Ltd share, valuing it at $550 million based on closing stock prices Tuesday.", "Tuesday", "2020-12-08"]]);
  });
  it("a percentage in a clause about market value is a move only where something moved", () => {
    const still = "Alder Ltd will buy Birch Co. \"This will add 14 percent to our sales and bring us closer to being one of the top five companies in terms of market capitalization,\" he added.";
    expect(tagOf(still, fact(still, "14 percent", "percent", { value: 14 }))?.fields ?? []).not.toContain("stock");
    const moved = "Alder Ltd will buy Birch Co. Birch Co's market value rose 14 percent on the news.";
    expect(tagOf(moved, fact(moved, "14 percent", "percent", { value: 14 }))?.fields ?? []).toContain("stock");
  });
  it("a price after a long hedge ('for a sum in excess of') is the deal's; a short hedge is still a gap word", () => {
    const text = "Alder Ltd has acquired Birch Co, a start-up based in Lagos, for a sum in excess of $200 million.";
    const tag = tagOf(text, fact(text, "$200 million", "money", usd(2e8, "in excess of")));
    expect(tag?.fields ?? []).toContain("value");
    const short = "Alder Ltd has acquired Birch Co, a start-up based in Lagos, for a sum of more than $200 million.";
    expect(tagOf(short, fact(short, "$200 million", "money", usd(2e8, "more than")))?.fields ?? []).not.toContain("value");
  });
});

describe("round 47 of real coverage: the statements, cues and marks it asked for", () => {
  it("the plan a deal carries out, and other news told with its day, were announced then, not the deal", () => {
    expectNoClaim("announced", "date", [
      ["Alder Ltd will buy Birch Co's IT unit. The sale is an important milestone in the portfolio reshaping strategy we announced in July 2015, the chief executive said.", "July 2015", "2015-07"],
      ["Alder Ltd will buy Birch Co. Birch Co announced in December 2022 that supplementary regulatory filings have been made for its drug.", "December 2022", "2022-12"],
    ]);
    const deal = "Alder Ltd will buy Birch Co. Alder Ltd announced in July 2015 that it would buy Birch Co.";
    expect(tagOf(deal, fact(deal, "July 2015", "date", { iso: "2015-07" }))?.fields).toContain("announced");
  });
  it("a deal this one is likened to ('like a scuttled one by X to acquire Y') names no party", () => {
    const text = "Alder Ltd agreed to buy Birch Co for $9 billion. The deal, like a scuttled one by Cedar Group to acquire Birch Co that was debated over much of the year, raises the stakes.";
    expect(firstWordsOfPair(text)).toEqual(["alder", "birch"]);
    expect(Object.keys(rolesOf(text))).not.toContain("cedar");
    const failed = "Alder Ltd agreed to buy Birch Co for $9 billion. It follows a failed one by Cedar Group to acquire Birch Co.";
    expect(Object.keys(rolesOf(failed))).not.toContain("cedar");
  });
});

describe("round 49 of real coverage: the statements, cues and marks it asked for", () => {
  it("the second of a list of premiums is a premium, not a move of the shares", () => {
    expectNoClaim("stock", "percent", [
      ["Alder Ltd will buy Birch Co for €17.50 a share. This represents a premium of 54% to the undisturbed closing share price and 33% to the three-month average share price.", "33%", "33"],
      ["Alder Ltd will buy Birch Co. This represents a premium of more than 30 percent over the average share price for its last 30 trading days and 43 percent over its closing share price.", "43 percent", "43"],
    ]);
    // A move told after a premium, with its own verb, is still a move.
    const moved = "Alder Ltd will buy Birch Co at a premium of 54% to the closing price, and shares in Birch Co closed up 33% on Monday.";
    expect(tagOf(moved, fact(moved, "33%", "percent", { value: 33 }))?.fields ?? []).toContain("stock");
  });
  it("a person who is a quote's speaker buys where the sentence says so ('has reached an agreement to buy', 'X, a billionaire investor, is in agreement to buy')", () => {
    // With every fact the pipeline extracts: the quote makes its speaker a person.
    const pairOf = (text: string) => (summarizeSource(text, extracted(text), null) as unknown as DealSummary).pair.map((k) => k.split(" ")[0]!).sort();
    expect(pairOf("Billionaire investor Warren Pellow has reached an agreement to buy the Harbor City Hawks baseball team from its owners, Alder Ltd said on Monday. \"I am excited,\" Pellow said.")).toEqual(["harbor", "warren"]);
    expect(pairOf("Warren Pellow, a billionaire investor, is in agreement to buy the Harbor City Hawks, Alder Ltd announced. \"I am excited,\" Pellow said.")).toEqual(["harbor", "warren"]);
    // A speaker the sentence does not make the buyer is no party.
    expect(Object.keys(rolesOf("Alder Ltd agreed to buy the Harbor City Hawks. Warren Pellow has reached an agreement on pay. \"I am excited,\" Pellow said."))).not.toContain("warren");
  });
  it("the other side of an agreement is no buyer ('an agreement with the X and Y families to purchase Z')", () => {
    const text = "Warren Pellow agreed to buy the Harbor City Hawks. \"I am excited to have reached an agreement with the Birch and Cedar families to purchase the Harbor City Hawks,\" Pellow said.";
    expect(rolesOf(text)["cedar"] ?? "").not.toContain("acquirer");
    expect(rolesOf("Warren Pellow signed an agreement Monday with Cedar Partners to purchase 95 percent of the Harbor City Hawks.")["cedar"] ?? "").not.toContain("acquirer");
    expect(rolesOf("Cedar Partners agreed to purchase 95 percent of the Harbor City Hawks.")["cedar"]).toBe("acquirer");
  });
  it("capitalised common words before a word for an agreement name it, no party ('the existing long term Strategic Partnership with Y')", () => {
    const text = "Alder Ltd announced the extension and enhancement of the existing long term Strategic Partnership with Birch Co.";
    expect(Object.keys(rolesOf(text))).not.toContain("strategic");
    expect(Object.keys(rolesOf("Alder Ltd signed a Master Services Agreement with Birch Co."))).not.toContain("master");
    // A name before the word is a party: "Greenfield Partnership agreed to buy Y".
    expect(rolesOf("Greenfield Partnership agreed to buy Birch Co.")["greenfield"]).toBe("acquirer");
  });
  it("the acquisition of the majority of a company makes its buyer and the company the pair", () => {
    expect(rolesOf("Alder Ltd announced the proposed acquisition of the majority of Birch Co for a total consideration of 2.9 billion pounds.")).toEqual({ alder: "acquirer", birch: "target" });
  });
});


describe("round 50 of real coverage: the statements, cues and marks it asked for", () => {
  it("the age of a tie that already exists is no term ('a sixteen-year AWS relationship', 'A 16-year partnership enters a new phase', 'predates … by over a decade'); a commitment through a year is", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd committed $4 billion to Birch Co. A company with a sixteen-year Birch Co relationship does not sign such a deal lightly.", "sixteen-year", "P16Y"],
      ["A 16-year partnership enters a new phase as Alder Ltd commits $4 billion to Birch Co.", "16-year", "P16Y"],
      ["Alder Ltd's deal with Birch Co predates the current wave of investment by over a decade.", "a decade", "P10Y"],
    ]);
    const signed = "Alder Ltd signed a 16-year partnership with Birch Co.";
    expect(tagOf(signed, fact(signed, "16-year", "duration", { iso: "P16Y" }))?.fields ?? []).toContain("term");
    const through = "Alder Ltd announced a planned $4 billion commitment to Birch Co through 2031.";
    expect(tagOf(through, fact(through, "through 2031", "date", { iso: "2031", qualifier: "through" }), "2026-06-04")?.fields ?? []).toContain("term");
  });
  it("a headline's verb in title case ends the name before it ('Alder Credit Union Plans to Buy Birch Bank')", () => {
    expect(partyKeys("Alder Credit Union Plans to Buy Birch Bank for $189 Million")).toEqual(["alder credit union", "birch bank"]);
    expect(partyKeys("Alder Credit Union Eyes Birch Bank in $189 Million Deal\n\nAlder Credit Union will buy Birch Bank.")).toEqual(["alder credit union", "birch bank"]);
  });
  it("a balance sheet's total is no value of the deal ('with its almost $1.6 billion in total assets, the announced acquisition')", () => {
    const text = "With Birch Co's almost $1.6 billion in total assets, the announced acquisition by Alder Ltd marks the largest ever bank purchase by a credit union.";
    expect(claimsValue(text, "$1.6 billion", 1.6e9)).toBe(false);
    expect(claimsValue("Birch Co agreed to license the drug to Alder Ltd for $90 million upfront and $2 billion in total.", "$2 billion", 2e9)).toBe(true);
  });
  it("a name with a figure right after it ends a list with its verb left out, and a clause after 'while' or the speaker after a quote is no company bought", () => {
    // "X will buy a 20 percent stake in Y and Z 12.8 percent": Z buys, not a second Y.
    expect(rolesOf("Alder Ltd will buy a 20 percent stake in Birch Co and Cedar Inc 12.8 percent, which will give them control.")["cedar"] ?? "").not.toContain("target");
    expect(rolesOf("Alder Ltd will buy Birch Co and Cedar Inc, the companies said.")["cedar"]).toContain("target");
    expect(rolesOf("Alder Ltd will buy 100 percent in a company which owns 20 percent of the shares, while Cedar Inc will buy 10 percent.")["cedar"] ?? "").not.toContain("target");
    expect(rolesOf("\"Alder Ltd will buy 10 percent of the shares directly,\" Cedar Inc said in a statement.")["cedar"] ?? "").not.toContain("target");
    // "the country's No.2 lender Y": a dot before a digit ends no sentence.
    expect(rolesOf("Alder Ltd agreed to buy a 32.8 percent stake in the country's No.2 lender Birch Co from Cedar Inc.")["birch"]).toContain("target");
  });
  it("a stake taken makes a buyer and the company it is in ('X takes billion-euro stake in Y bank'); a name set off by commas after its description buys ('Private equity goliath, X, announced … to acquire a majority stake in Y')", () => {
    expect(rolesOf("Alder Ltd takes billion-euro stake in Birch Co bank")).toEqual({ alder: "acquirer", birch: "target" });
    expect(rolesOf("Alder Ltd took a 20% stake in Birch Co on Monday.")).toEqual({ alder: "acquirer", birch: "target" });
    // A stake in a company's unit is bought from that company, not in it.
    expect(rolesOf("Alder Ltd takes stake in Birch Co's German unit.")["birch"] ?? "").not.toBe("target");
    expect(rolesOf("Private equity goliath, Alder Ltd, announced on Thursday that it is set to acquire a majority stake in Birch Co, a Baltic bank.")).toEqual({ alder: "acquirer", birch: "target" });
    // A name in a list is no subject of its own.
    expect(rolesOf("Alder Ltd, Birch Co, Cedar Inc and Delta plc will buy Eagle Ltd.")["birch"] ?? "").not.toBe("acquirer");
  });
  it("a bid said to be made in words of its own makes its bidder the buyer ('X said on Wednesday it was making a recommended cash offer to buy Y')", () => {
    expect(rolesOf("Alder Ltd said on Wednesday it was making a recommended cash offer to buy tobacco and nicotine products maker Birch Co for 106 crowns per share.")).toEqual({ alder: "acquirer", birch: "target" });
    // Without the words of a bid the gap stays as short as before: no pair across a long clause.
    expect(rolesOf("Alder Ltd said on Wednesday it was preparing a long and detailed report and wants to buy Birch Co.")).not.toEqual({ alder: "acquirer", birch: "target" });
  });
  it("how long a holder may not sell its new shares is no term of the deal ('undertaken not to sell … for a period of 24 months', 'a 24-month lock-up')", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will buy Birch Co in an exchange offer. The Cedar Foundation has undertaken not to sell or dispose of its Alder Ltd shares for a period of 24 months following settlement of the offer.", "24 months", "P24M"],
      ["Alder Ltd will buy Birch Co in an all-share deal. Birch Co's founders agreed to a lock-up of 18 months on the shares they receive.", "18 months", "P18M"],
      ["Alder Ltd will buy Birch Co in an all-share deal, with a 24-month lock-up for Birch Co's founders.", "24-month", "P24M"],
    ]);
    // A supply deal's span is still its term.
    const supply = "Alder Ltd signed an agreement to sell power to Birch Co for a period of 15 years.";
    expect(tagOf(supply, fact(supply, "15 years", "duration", { iso: "P15Y" }))?.fields ?? []).toContain("term");
  });
  it("a bank's legal form after a comma names no party ('Redfield Savings Bank, N.A. will acquire Y')", () => {
    expect(rolesOf("Redfield Savings Bank, N.A. will acquire Marlow Trust Bank in an all cash transaction.")).toEqual({ redfield: "acquirer", marlow: "target" });
  });
});

describe("round 51 of real coverage: the statements, cues and marks it asked for", () => {
  it("a company that goes public through a deal with a listed shell is that shell's target ('X is going public, joining with Y in a SPAC')", () => {
    expect(rolesOf("Birch Co announced it is going public as part of an $800 million deal with Alder Ltd.")).toEqual({ alder: "acquirer", birch: "target" });
    expect(rolesOf("Birch Co is going public, joining with former Cedar Inc senior executive Dana Whitfield's Alder Ltd in a special-purpose acquisition company.")).toEqual({ alder: "acquirer", birch: "target" });
    // Going public alone names no partner.
    expect(rolesOf("Birch Co is going public on the Nasdaq, with Alder Ltd as its lead underwriter.")["alder"] ?? "").not.toBe("acquirer");
  });
  it("a takeover agreed to by a consortium backed by named firms makes the first of them the buyer ('agreed to a sweetened takeover by a consortium backed by investment firms X, Z')", () => {
    expect(rolesOf("Birch Co has agreed to a sweetened 281 million pound takeover by a consortium backed by investment firms Alder Ltd, Cedar Group and Delta Partners.")).toMatchObject({ alder: "acquirer", birch: "target" });
  });
  it("an owner named right before a stake, as a headline writes it, sells the stake ('X To Buy Government Stake In Y')", () => {
    expect(rolesOf("Alder Ltd To Buy Government Stake In Birch Co For $5 Billion")).toEqual({ alder: "buyer", government: "seller", birch: "target" });
    expect(rolesOf("Alder Ltd agreed to buy Cedar Inc majority stake in Birch Co.")).toEqual({ alder: "buyer", cedar: "seller", birch: "target" });
    // A stake bought in a company, with no owner before it, is that company's.
    expect(rolesOf("Alder Ltd agreed to buy a majority stake in Birch Co.")).toEqual({ alder: "acquirer", birch: "target" });
  });
  it("'According to X, the acquisition of the Y plant …' calls X no plant: a building's noun after 'of' is another's", () => {
    const text = "Alder Ltd on Sunday signed an agreement to buy Birch Co's manufacturing plant for $91.5 million.\nAccording to Alder Ltd, the acquisition of the Marrow plant will unlock capacity.";
    expect(rolesOf(text)).toMatchObject({ alder: "acquirer" });
    // A building named as such still is one.
    expect(rolesOf("Alder Ltd agreed to buy Cedar Tower from Birch Co. Cedar Tower, a 36-storey office building, opened in 2001.")["cedar tower"] ?? "").not.toBe("target");
  });
  it("what a merger raises in cash for the company is no price paid for it ('the deal will raise $800 million in proceeds')", () => {
    expect(claimsValue("Alder Ltd will merge with Birch Co. It's expected that the deal will raise $800 million in proceeds from Alder Ltd.", "$800 million", 8e8)).toBe(false);
    expect(claimsValue("Birch Co has raised $800 million from Alder Ltd in a funding round.", "$800 million", 8e8)).toBe(true);
  });
  it("a company's pre-orders are no deal ('Birch Co currently has 14,000 pre-orders worth more than $10 billion'); an order placed is", () => {
    expect(claimsValue("Alder Ltd will merge with Birch Co. Birch Co currently has 14,000 pre-orders worth more than $10 billion.", "$10 billion", 1e10)).toBe(false);
    expect(claimsValue("Alder Ltd placed orders with Birch Co worth more than $10 billion.", "$10 billion", 1e10)).toBe(true);
  });
  it("an Indian company's legal form ('Pvt Ltd', 'Private Limited') is no part of its party's key", () => {
    expect(partyKeys("Alder Motors Ltd agreed to buy Birch India Pvt Ltd for $90 million.")).toEqual(["alder motors", "birch india"]);
    expect(partyKeys("Alder Motors Ltd agreed to buy Birch India Private Limited for $90 million.")).toEqual(["alder motors", "birch india"]);
  });
});

describe("round 52 of real coverage: the statements, cues and marks it asked for", () => {
  it("two kinds of work joined by 'and' before a contract keep the amount the contract's ('a £328m maintenance and response contract'); a measure before 'and' does not", () => {
    expect(claimsValue("Alder Ltd awarded $328m maintenance and response contract to Birch Co.", "$328m", 328e6)).toBe(true);
    expect(claimsValue("Birch Co reported $328m revenue and new contract wins from Alder Ltd.", "$328m", 328e6)).toBe(false);
  });
  it("money invested under the deal, money kept for future deals and a price paid after closing are spread over years that are no term", () => {
    expectNoClaim("term", "duration", [
      ["Alder Ltd will undertake significant investments in the port over the next 10 years under its concession agreement with Birch Co.", "10 years", "P10Y"],
      ["Alder Ltd signed the concession agreement with Birch Co, with the investment period spanning 10 years.", "10 years", "P10Y"],
      ["Alder Ltd will buy Birch Co. It has 2 billion euros already available for acquisitions over the next 18-24 months.", "24 months", "P24M"],
      ["Birch Co will receive $1 billion in cash upon closing of the deal with Alder Ltd, followed by $1.25 billion paid out over two years.", "two years", "P2Y"],
    ]);
    // The concession's own years still are.
    expect(tagOf("Alder Ltd signed a 50-year concession agreement with Birch Co.", fact("Alder Ltd signed a 50-year concession agreement with Birch Co.", "50-year", "duration", { iso: "P50Y" }))?.fields ?? []).toContain("term");
    expect(tagOf("Alder Ltd will pay Birch Co $60 million a year over 15 years for the shirt deal.", fact("Alder Ltd will pay Birch Co $60 million a year over 15 years for the shirt deal.", "15 years", "duration", { iso: "P15Y" }))?.fields ?? []).toContain("term");
  });
  it("a move the text compares this one with is earlier ('since it soared 34.8% on Aug. 18, 2009'), and a result's change on the year is no move", () => {
    const text = "Birch Co stock soared 34% after Alder Ltd agreed to buy it, the biggest one-day gain since it soared 34.8% on Aug. 18, 2009.";
    expect(tagOf(text, fact(text, "34.8%", "percent", { value: 34.8 }))?.aspects?.stock).toMatch(/^earlier/);
    expect(tagOf(text, fact(text, "34%", "percent", { value: 34 }))?.aspects?.stock ?? "").not.toMatch(/^earlier/);
    const results = "Alder Ltd will buy Birch Co. In trading, Birch Co reported revenue of $6.56B and net income of $2.58B, up roughly +110.93% and +2,618.83% year-over-year.";
    expect(tagOf(results, fact(results, "+2,618.83%", "percent", { value: 2618.83 }))?.fields ?? []).not.toContain("stock");
    const worked = "Alder Ltd will buy Birch Co. In trading, Birch Co's net income grew, a change of +26.5% using (2.58-2.04)/2.04 = +26.5%.";
    expect(tagOf(worked, fact(worked, "+26.5%", "percent", { value: 26.5 }))?.fields ?? []).not.toContain("stock");
    // A signed move in a clause about trading still is one.
    const signed = "Alder Ltd will buy Birch Co. In premarket trading, Birch Co shares were +12.5%.";
    expect(tagOf(signed, fact(signed, "+12.5%", "percent", { value: 12.5 }))?.fields ?? []).toContain("stock");
  });
  it("a kind of agreement named before its short form ('a Build-Operate-Transfer (BOT) agreement') is no party, and the agreement's sides are", () => {
    expect(partyKeys("Birch Ports Authority today signed a Design-Build-Finance (DBF) agreement with Alder Group.")).toEqual(["alder", "birch ports authority"]);
  });
  it("the start of talks ('in talks with Y since May, when it was confirmed …') is no announcement day; a deal confirmed in May is", () => {
    const talks = "Alder Ltd has been in talks with Birch Co since May, when it was confirmed Birch Co was ending its partnership with Cedar Inc.";
    const since = extracted(talks).find((f) => f.type === "date")!;
    expect(talks.slice(since.start, since.end)).toBe("since May");
    expect(tagOf(talks, since)?.fields ?? []).not.toContain("announced");
    const text = "Alder Ltd confirmed the kit deal with Birch Co on 3 May.";
    expect(tagOf(text, fact(text, "3 May", "date", { iso: "2026-05-03" }))?.fields ?? []).toContain("announced");
  });
  it("a rights issue taken up is no rights deal ('X takes up the Y rights issue'), and rights sold to a thing name no buyer ('sold off the master rights to Y's albums')", () => {
    expect(rolesOf("Alder Ltd takes up the Birch Co rights issue.")).toEqual({});
    expect(rolesOf("In 2020, Alder Ltd sold off the master rights to Birch Co's first six albums.")["birch"] ?? "").not.toBe("licensee");
  });
});
