// Chinese terms of codes, as the API gives them (codes(list:)); loaded once per list.
import { reactive } from 'vue';
import { gql } from '../api/graphql.js';

const lists = reactive({});

export function useCodes(list) {
  if (!lists[list]) {
    lists[list] = {};
    gql('query($list: String!) { codes(list: $list) { code zh } }', { list }).then((data) => {
      for (const { code, zh } of data.codes) lists[list][code] = zh;
    });
  }
  return lists[list];
}

export function kindZh(kind) {
  return useCodes('EntityKind')[kind] || kind;
}
