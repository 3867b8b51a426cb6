/**
 * Real-looking job posts for the checks that read many posts: a few written for these tests, always;
 * the 40 shared real posts (../shared/data, never copied into the repository) only on request, with
 * BIDWRIGHT_SHARED_DATA=1 (`npm run test:shared`). A checkout gives the same results whether or not
 * ../shared is beside it; asking for the shared posts when they are not there fails, naming the file.
 */
import { dataPath, loadSharedPosts, type Post } from '../../src/evals/shared-posts.ts';

const OPT_IN = 'BIDWRIGHT_SHARED_DATA';

/** Posts written for these tests, in the shared posts' record shape. */
const OWN_POSTS: Post[] = [
  {
    id: 'own-xero-reconcile',
    title: 'Bookkeeper to reconcile two years of Xero accounts',
    description: 'Our bank feeds in Xero were never reconciled and the accountant needs clean books before tax season.',
    budget: '$400',
    hourly: null,
    skills: ['Xero', 'Bookkeeping'],
    meta: {},
  },
  {
    id: 'own-picture-book',
    title: 'Illustrator for a children\u2019s picture book about tides',
    description: 'Twelve spreads in watercolour style, the manuscript is finished and approved.',
    budget: null,
    hourly: '$30.00 - $45.00',
    skills: ['Illustration'],
    meta: {},
  },
  {
    id: 'own-flaky-playwright',
    title: 'Fix flaky Playwright tests in our CI pipeline',
    description: 'About a third of our end-to-end runs fail at random on GitHub Actions and block merges.',
    budget: null,
    hourly: null,
    skills: ['Playwright', 'TypeScript'],
    meta: {},
  },
  {
    id: 'own-klaviyo-flows',
    title: 'Set up Klaviyo welcome and abandoned cart flows for a skincare store',
    description:
      'We send one newsletter a month and nothing else. We want a welcome series and an abandoned cart flow, written and designed to match our brand.',
    budget: '$600',
    hourly: null,
    skills: ['Klaviyo', 'Email Marketing'],
    meta: {},
  },
  {
    id: 'own-inbox-assistant',
    title: 'Virtual assistant to manage our inbox and calendar',
    description: 'Ten hours a week sorting the shared inbox, answering routine questions from a template and booking client calls.',
    budget: null,
    hourly: '$8.00 - $15.00',
    skills: ['Administrative Support', 'Email Communication'],
    meta: {},
  },
];

/** The shared real posts when BIDWRIGHT_SHARED_DATA=1, else none. */
export function sharedPosts(): Post[] {
  if (process.env[OPT_IN] !== '1') return [];
  const posts = loadSharedPosts();
  if (posts === null) throw new Error(`${OPT_IN}=1 asks for the shared posts, and ${dataPath} is not there.`);
  return posts;
}

/** The posts written here, then the shared posts when asked for. */
export function realPosts(): Post[] {
  return [...OWN_POSTS, ...sharedPosts()];
}
