/**
 * Ways to pay that bypass a marketplace's contract, named once for the post's red flags and the
 * draft's P15. On their own they may be the job's topic ("integrate PayPal checkout"): each user
 * decides from the sentence around them whether payment is being routed off the platform.
 */
export const PAYMENT_METHODS = String.raw`(?:paypal|zelle|venmo|cash ?app|western union|moneygram|(?:transfer)?wise(?:\.com)?|payoneer|skrill|revolut|crypto(?:currency)?|bitcoin|btc|usdt|usdc|ethereum|tether|bank transfer|wire transfer|direct deposit|gift cards?)`;
