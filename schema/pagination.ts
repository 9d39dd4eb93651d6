import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { GraphQLError, type GraphQLFieldResolver } from "graphql";

/**
 * Forward-only, bounded pagination for connection fields marked with
 * `extensions: { forwardPagination: true }`: `first` becomes required (`Int!`), `before`/`last`
 * are removed, and a `first` above the limit is rejected instead of silently clamped (the Relay
 * and Prisma plugins clamp), so a client never mistakes a short page for the end of the list.
 * It also describes plugin-prisma's `totalCount` fields.
 */

export const maxPageSize = 100;

export class ForwardPaginationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    // plugin-prisma adds `totalCount` to connections without a description; every field needs one.
    if (fieldConfig.extensions?.pothosPrismaTotalCount && !fieldConfig.description) {
      return { ...fieldConfig, description: "Number of objects in the whole list (every page) with the same filters." };
    }
    if (!fieldConfig.extensions?.forwardPagination) return fieldConfig;
    const { before: _before, last: _last, first, ...args } = fieldConfig.args;
    if (!first || first.type.kind === "List") {
      throw new Error(`${fieldConfig.parentType}.${fieldConfig.name} is marked forwardPagination but has no first arg`);
    }
    return {
      ...fieldConfig,
      args: {
        first: { ...first, type: { ...first.type, required: true }, description: `Page size, 0 to ${maxPageSize}.` },
        ...args,
      },
    };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (!fieldConfig.extensions?.forwardPagination) return resolver;
    return (parent, args, context, info) => {
      const { first } = args as { first: number };
      if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
        throw new GraphQLError(`"first" must be between 0 and ${maxPageSize}; got ${first}.`, {
          extensions: { code: "BAD_USER_INPUT", argumentName: "first" },
        });
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      forwardPagination: ForwardPaginationPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("forwardPagination", ForwardPaginationPlugin);
