import { randomMoment } from './dates';
import { createArticle, renderArticle, syndicate, type Article } from './news';
import { archiveCopy, createPost, renderPost, type Post } from './posts';
import type { Random } from '../random';
import { createReview, renderReview, republishReview, type Review } from './reviews';
import type { Site } from './sites';

/** One kind of seed: how to make an original, print it, and print it again elsewhere. */
export interface SeedKind<C> {
  folder: string;
  create(r: Random): C;
  title(content: C): string;
  render(content: C, r: Random): string;
  /** The same content as another site or archive publishes it. */
  republish(content: C, r: Random): C;
}

/** Remembers the last few items of a key, so that state stays bounded however many seeds are made. */
class Recent<T> {
  private readonly items = new Map<string, T[]>();
  constructor(private readonly size: number) {}

  add(key: string, item: T): void {
    const list = this.items.get(key) ?? [];
    list.push(item);
    if (list.length > this.size) list.shift();
    this.items.set(key, list);
  }

  get(key: string): readonly T[] {
    return this.items.get(key) ?? [];
  }
}

/** News and blog pages, three in four English, the rest Bokmål; related links name the site's recent titles. */
export function newsKind(): SeedKind<Article> {
  const titles = new Recent<string>(4);
  const related = (site: Site) => [...titles.get(site.name)];
  return {
    folder: 'news',
    create(r) {
      const article = createArticle(r, randomMoment(r, 2008, 2024), r.chance(0.75) ? 'en' : 'nb', related);
      titles.add(article.site.name, article.title);
      return article;
    },
    title: (article) => article.title,
    render: renderArticle,
    republish: (article, r) => syndicate(article, r, related),
  };
}

/** Usenet posts of the 1990s; replies quote a recent post of the same group. */
export function postKind(): SeedKind<Post> {
  const threads = new Recent<Post>(12);
  return {
    folder: 'posts',
    create(r) {
      const post = createPost(r, randomMoment(r, 1992, 1999), (group) => {
        const candidates = threads.get(group);
        return candidates.length > 0 ? r.pick(candidates) : undefined;
      });
      threads.add(post.group.name, post);
      return post;
    },
    title: (post) => post.subject,
    render: renderPost,
    republish: archiveCopy,
  };
}

export function reviewKind(): SeedKind<Review> {
  return {
    folder: 'reviews',
    create: (r) => createReview(r, randomMoment(r, 2015, 2024)),
    title: (review) => review.subject,
    render: renderReview,
    republish: republishReview,
  };
}
