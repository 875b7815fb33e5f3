/* grown-map.h - the SDK's table with codes it may add one day, each one
   more XX line: a family past 64 codes, a new family, a code above 99,999
   and the largest int.  tests/test-table-growth builds the library's table
   machinery (src/lookup.c) from it.  */

#include "sdkerr.h"

#define GROWN_MAP(XX) \
  SDKERR_MAP (XX) \
  XX(51099, GROWN_SERVER_51099, "测试错误51099") \
  XX(70001, GROWN_NEW_FAMILY, "测试错误70001") \
  XX(123456, GROWN_SIX_DIGITS, "测试错误123456") \
  XX(2147483647, GROWN_INT_MAX, "测试错误最大")
