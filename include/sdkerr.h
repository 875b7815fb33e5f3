/* sdkerr.h - localized messages for the SDK's numeric error codes.

   The code table below is the project's single source of truth: the enum,
   the lookup tables, the symbolic names and po/sdkerr.pot are all derived
   from it.  Adding a code is one XX(...) line.  */

#ifndef SDKERR_H
#define SDKERR_H

#include <locale.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this header, the one configure.ac reads: a string, and
   0xMMmmpp for comparisons in the preprocessor.  */
#define SDKERR_VERSION "0.3.0"
#define SDKERR_VERSION_NUMBER 0x000300

/* locale_t is POSIX.1-2008, not ISO C: a strict -std=c99 or -std=c11
   without feature-test macros has no locale_t, and sdkerr_localized_l is
   then left out (define _POSIX_C_SOURCE to 200809L to have it).  */
#if defined __USE_XOPEN2K8 || defined _GNU_SOURCE || defined _BSD_SOURCE \
  || defined _DEFAULT_SOURCE || defined __APPLE__ || defined __FreeBSD__ \
  || defined __NetBSD__ || defined __OpenBSD__ \
  || (defined _POSIX_C_SOURCE && _POSIX_C_SOURCE >= 200809L) \
  || (defined _XOPEN_SOURCE && _XOPEN_SOURCE >= 700)
# define SDKERR_HAVE_LOCALE_T 1
#endif

/* SDKERR_MAP(XX) expands XX(code, NAME, "Chinese description") once per
   code, in ascending order of code.  The description is the SDK's own text,
   byte for byte (typos included); it is the gettext msgid.  NAME is public
   API: never rename or reuse one.  Applications may expand the map too, as
   with libuv's UV_ERRNO_MAP.  */
#define SDKERR_MAP(XX) \
  XX(0, SUCCESS, "成功") \
  XX(10001, LICENSE_FILE_NOT_FOUND, "授权文件不存在") \
  XX(10002, LICENSE_FILE_INVALID, "无效的授权文件") \
  XX(10003, LICENSE_EXPIRED, "授权过期") \
  XX(10004, LICENSE_NOT_YET_VALID, "授权未开始") \
  XX(10005, LICENSE_CAPABILITY_UNLICENSED, "能力未获得授权") \
  XX(10006, LICENSE_DEVICE_UNLICENSED, "设备未获得授权") \
  XX(10007, LICENSE_TRIAL_RESULTS_LIMITED, "限制部分结果的获取仅在使用测试授权的SDK中会出现") \
  XX(10008, LICENSE_CONCURRENCY_LIMIT, "并发数限制") \
  XX(10009, LICENSE_CALL_INTERVAL_LIMIT, "调用间隔限制") \
  XX(10010, LICENSE_WAKE_WORD_LIMIT, "唤醒词个数限制") \
  XX(10011, LICENSE_HARDWARE_RESTRICTED, "计算使用的硬件类型被限制") \
  XX(10012, LICENSE_INPUT_MODE_RESTRICTED, "input_mode被限制") \
  XX(10013, LICENSE_SESSION_MODE_RESTRICTED, "sessionmode被限制") \
  XX(10014, LICENSE_TERMINATED, "授权终止") \
  XX(10015, LICENSE_VAD_UNLICENSED, "VAD无授权") \
  XX(10016, LICENSE_PUT_CYCLE_DATA_LIMIT, "每一个PUT周期处理的数据量限制") \
  XX(10017, LICENSE_DEVICE_INFO_FAILED, "获取设备信息失败") \
  XX(10018, LICENSE_PUT_TOTAL_DATA_LIMIT, "PUT总的数据量限制") \
  XX(10019, LICENSE_PUT_COUNT_LIMIT, "PUT次数限制") \
  XX(10020, LICENSE_ENCRYPT_FAILED, "加密授权信息失败") \
  XX(10021, LICENSE_SAVE_FAILED, "保存授权文件失败") \
  XX(10022, LICENSE_TIME_SYNC_FAILED, "校时失败") \
  XX(10023, LICENSE_TIME_SYNC_RETRIES, "校时失败太多次") \
  XX(10024, LICENSE_METERING_RETRIES, "服务器计量失败太多次") \
  XX(10025, LICENSE_PROCESS_INFO_FAILED, "获取进程相关信息失败") \
  XX(10026, LICENSE_VIRTUAL_DEVICE, "不支持虚拟设备") \
  XX(10027, LICENSE_DATA_ENCRYPT_FAILED, "数据加密失败") \
  XX(10028, LICENSE_DATA_DECRYPT_FAILED, "数据解密失败") \
  XX(10029, LICENSE_CALL_MODE_RESTRICTED, "调用模式限制") \
  XX(10030, LICENSE_LANGUAGE_RESTRICTED, "语种限制") \
  XX(10031, LICENSE_AUDIO_FORMAT_RESTRICTED, "音频格式限制") \
  XX(10032, LICENSE_SAMPLE_RATE_RESTRICTED, "采样率限制") \
  XX(12001, PARAM_INVALID, "无效的参数") \
  XX(12002, PARAM_SESSION_ID_INVALID, "无效的SESSIONID") \
  XX(12003, RESOURCE_PATH_NOT_SET, "资源路径未设置") \
  XX(12004, PARAM_WAKE_WORD_INVALID, "唤醒词无效") \
  XX(12005, PARAM_CAPABILITY_UNKNOWN, "未知的能力") \
  XX(12006, PARAM_UNSUPPORTED, "不支持的参数") \
  XX(12007, RESOURCE_FILE_NOT_FOUND, "未找到资源文件") \
  XX(12008, RESOURCE_FILE_MISMATCH, "资源文件不匹配") \
  XX(12009, RESOURCE_FILE_CORRUPT, "资源文件被破坏") \
  XX(12010, RESOURCE_CPU_MEMORY, "CPU内存不足") \
  XX(12011, RESOURCE_GPU_MEMORY, "GPU内存不足") \
  XX(12012, RESOURCE_GPU_NOT_FOUND, "未找到GPU设备") \
  XX(12013, PARAM_HARDWARE_INVALID, "设置的硬件信息无效") \
  XX(12014, PARAM_SAMPLE_RATE_INVALID, "设置的采样率无效") \
  XX(12015, PARAM_SAMPLE_SIZE_INVALID, "设置的采样点大小无效") \
  XX(12016, PARAM_ENGINE_TYPE_INVALID, "设置的引擎类型无效") \
  XX(12017, PARAM_ENGINE_TYPE_UNSUPPORTED, "不支持的引擎类型") \
  XX(12018, PARAM_ENGINE_TYPE_UNLICENSED, "引擎类型未授权") \
  XX(12019, PARAM_INPUT_MODE_INVALID, "设置的input_mode无效") \
  XX(12020, PARAM_LOG_LEVEL_INVALID, "日志级别错误") \
  XX(12021, PARAM_DATA_LENGTH_INVALID, "数据长度无效") \
  XX(12022, PARAM_VAD_ERROR, "VAD错误") \
  XX(12023, PARAM_ORG_ID_INVALID, "组织ID无效") \
  XX(12024, PARAM_APP_ID_INVALID, "应用ID无效") \
  XX(12025, PARAM_APP_KEY_INVALID, "应用KEY无效") \
  XX(12027, PARAM_CAPABILITY_ID_INVALID, "能力ID无效") \
  XX(12028, PARAM_LANGUAGE_INVALID, "语言无效") \
  XX(12029, PARAM_AUDIO_FORMAT_INVALID, "音频格式错误") \
  XX(12030, PARAM_DOMAIN_INVALID, "域名无效") \
  XX(12031, RESOURCE_PUNCTUATION_FAILED, "获取标点信息失败") \
  XX(12032, PARAM_CAPABILITY_SUBTYPE_INVALID, "能力子类型无效") \
  XX(12033, PARAM_SAMPLE_FORMAT_INVALID, "采样格式错误") \
  XX(12034, PARAM_VAD_STATE_CONFLICT, "VAD状态冲突") \
  XX(14001, STATE_LOGIN_REPEATED, "重复调用Login接口") \
  XX(14002, STATE_NOT_LOGGED_IN, "未登录") \
  XX(14003, STATE_SESSION_ACTIVE, "还有正在工作中的SESSION") \
  XX(14004, STATE_RESULTS_PENDING, "还有未取完的结构需继续调用Get接口获取结果") \
  XX(14005, STATE_NO_RESULT, "没有结果") \
  XX(14006, STATE_SHARED_DATA_EMPTY, "共享数据为空") \
  XX(14007, STATE_SHARED_DATA_READ_FAILED, "读取共享数据失败") \
  XX(14008, STATE_SHARED_DATA_WRITE_FAILED, "写入共享数据失败") \
  XX(14009, STATE_SHARED_DATA_INVALID, "共享数据无效") \
  XX(14010, STATE_SHARED_DATA_CONFLICT, "共享数据冲突") \
  XX(14011, STATE_TOO_MANY_PROCESSES, "打开进程数太多") \
  XX(14012, STATE_LOCK_FILE_FAILED, "锁文件失败") \
  XX(14013, STATE_NETWORK_FORBIDDEN, "禁止访问网络") \
  XX(15001, HTTP_REQUEST_FAILED, "HTTP请求出错") \
  XX(15002, HTTP_TIMEOUT, "HTTP请求超时") \
  XX(15003, HTTP_BUSY, "HTTP请求忙，请稍后在试") \
  XX(15004, HTTP_EMPTY_RESPONSE, "HTTP应答内容为空") \
  XX(15005, HTTP_BAD_RESPONSE, "HTTP应答格式错误") \
  XX(15006, HTTP_RESPONSE_MISMATCH, "HTTP应答与请求不匹配") \
  XX(19001, WS_CLIENT_ERROR, "WebSocket客户端错误") \
  XX(19002, WS_CONNECT_ERROR, "WebSocket连接错误") \
  XX(19003, WS_DISCONNECT_ERROR, "WebSocket断开连接错误") \
  XX(19004, WS_SEND_ERROR, "WebSocket发送数据错误") \
  XX(19005, WS_BAD_RESPONSE, "WebSocket应答格式错误") \
  XX(50001, REQ_TIME_MISSING, "未找到请求时间") \
  XX(50002, REQ_EXPIRED, "请求已过期") \
  XX(50003, REQ_HEADER_PARAM_MISSING, "未找到请求报文头部的参数") \
  XX(50004, REQ_HEADER_PARAM_INVALID, "请求报文头部的参数无效") \
  XX(50005, REQ_CHECKSUM_MISSING, "未找到校验和") \
  XX(50006, REQ_CHECKSUM_MISMATCH, "校验和不匹配") \
  XX(50007, REQ_DEVICE_INFO_INVALID, "设备信息无效") \
  XX(50008, REQ_BODY_INVALID, "请求包体格式无效") \
  XX(50009, REQ_ORG_ID_MISMATCH, "组织ID不匹配") \
  XX(50010, REQ_APP_ID_MISMATCH, "应用ID不匹配") \
  XX(50011, REQ_APP_KEY_MISMATCH, "应用KEY不匹配") \
  XX(50012, REQ_PUT_COUNT_INVALID, "PUT次数参数无效") \
  XX(50013, REQ_PUT_TOTAL_INVALID, "PUT总数据量参数无效") \
  XX(51014, SERVER_ORG_NOT_FOUND, "组织不存在") \
  XX(51015, SERVER_APP_NOT_FOUND, "应用不存在") \
  XX(51016, SERVER_LICENSE_NOT_FOUND, "未找到授权信息") \
  XX(51017, SERVER_REQUEST_ID_INVALID, "请求ID无效") \
  XX(51018, SERVER_REQUEST_STATUS_FAILED, "检查请求ID状态失败") \
  XX(51019, SERVER_COMPUTE_QUERY_FAILED, "查询计算服务失败") \
  XX(51020, SERVER_RESULT_FAILED, "获取结果失败") \
  XX(51021, SERVER_COMPUTE_BUSY, "计算服务正忙，请求稍后重试") \
  XX(51022, SERVER_DISPATCH_TIMEOUT, "计算任务分发超时") \
  XX(51023, SERVER_DISPATCH_TIMEOUT_2, "计算任务分发超时") \
  XX(51024, SERVER_SESSION_CACHE_FULL, "session的缓存超载") \
  XX(51025, SERVER_SESSION_STATE_INVALID, "session状态错误") \
  XX(51026, SERVER_SESSION_TIMEOUT, "session超时") \
  XX(51027, SERVER_DATA_INVALID, "计算数据无效") \
  XX(51028, SERVER_CALLBACK_URL_INVALID, "回调地址无效") \
  XX(51029, SERVER_SDK_CONCURRENCY_QUERY_FAILED, "查询SDK端并发数失败") \
  XX(51030, SERVER_SDK_COUNTER_QUERY_FAILED, "查询SDK端并发计数者失败") \
  XX(51031, SERVER_SDK_CONCURRENCY_INVALID, "SDK端并发数无效") \
  XX(51032, SERVER_SDK_COUNTER_INVALID, "SDK端并发计数者无效") \
  XX(51033, SERVER_SDK_USAGE_QUERY_FAILED, "查询SDK端并发使用数量失败") \
  XX(51034, SERVER_SDK_CONCURRENCY_ADD_FAILED, "增加SDK端并发数失败") \
  XX(51035, SERVER_SDK_CONCURRENCY_DELETE_FAILED, "删除SDK端并发数失败") \
  XX(51036, SERVER_SDK_CONCURRENCY_UPDATE_FAILED, "更新SDK端并发数失败") \
  XX(51037, SERVER_WEB_BUSY, "WEB服务正忙") \
  XX(51038, SERVER_RECEIVE_DATA_TIMEOUT, "接收数据超时") \
  XX(51039, SERVER_RECEIVE_RESULT_TIMEOUT, "接收结果超时") \
  XX(51040, SERVER_DISCONNECTED, "连接已断开") \
  XX(51041, SERVER_CAPABILITY_STATUS_FAILED, "更新能力使用状态失败") \
  XX(51042, SERVER_CALL_MODE_QUERY_FAILED, "查询调用方式失败") \
  XX(51043, SERVER_PUT_COUNT_QUERY_FAILED, "查询put次数失败") \
  XX(51044, SERVER_SERVICE_CONCURRENCY_QUERY_FAILED, "查询服务器端并发数失败") \
  XX(51045, SERVER_SERVICE_CONCURRENCY_UPDATE_FAILED, "更新服务器端并发失败") \
  XX(51046, SERVER_PUT_SIZE_UPDATE_FAILED, "更新put单次数据量失败") \
  XX(51047, SERVER_PUT_SIZE_OUT_OF_RANGE, "PUT数据大小不在许可范围内") \
  XX(51048, SERVER_BUSINESS_PARAM_INVALID, "业务参数无效") \
  XX(51049, SERVER_DATA_PARAM_INVALID, "数据参数无效") \
  XX(51050, SERVER_IMAGE_MODE_INVALID, "图像模式无效") \
  XX(51051, SERVER_REQUEST_TIME_INVALID, "请求时间无效") \
  XX(51052, SERVER_CACHE_PUBLISH_FAILED, "缓存数据发布失败") \
  XX(51053, SERVER_VAD_PARAM_INVALID, "VAD参数错误") \
  XX(51054, SERVER_VAD_PARAM2_INVALID, "VAD参数2错误") \
  XX(60001, ADMIN_ROLE_INVALID, "管理员角色无效") \
  XX(60002, ADMIN_ORG_NAME_INVALID, "组织名称无效") \
  XX(60003, ADMIN_ORG_NAME_EXISTS, "组织名称已存在") \
  XX(60004, ADMIN_ORG_CREATE_FAILED, "创建组织信息失败") \
  XX(60005, ADMIN_ORG_UPDATE_FAILED, "修改组织信息失败") \
  XX(60006, ADMIN_ORG_QUERY_FAILED, "查询组织信息失败") \
  XX(60007, ADMIN_ORG_APPS_QUERY_FAILED, "查询组织下有哪些应用失败") \
  XX(60008, ADMIN_APP_CREATE_FAILED, "创建应用失败") \
  XX(60009, ADMIN_APP_QUERY_FAILED, "查询应用失败") \
  XX(60010, ADMIN_CAPABILITY_ADD_FAILED, "添加能力失败") \
  XX(60011, ADMIN_CAPABILITY_UPDATE_FAILED, "修改能力失败") \
  XX(60012, ADMIN_CAPABILITY_QUERY_FAILED, "查询能力失败") \
  XX(60013, ADMIN_PREORDER_DEVICE_ADD_FAILED, "添加预购设备失败") \
  XX(60014, ADMIN_PREORDER_DEVICE_INVALID, "预购设备信息无效") \
  XX(60015, ADMIN_ORG_ID_GENERATE_FAILED, "生成组织ID失败") \
  XX(60016, ADMIN_APP_ID_GENERATE_FAILED, "生成应用ID失败") \
  XX(60017, ADMIN_CAPABILITY_END_QUERY_FAILED, "查询能力终止服务时间失败") \
  XX(60018, ADMIN_CAPABILITY_PUT_TOTAL_QUERY_FAILED, "查询能力PUT总量限制失败") \
  XX(60019, ADMIN_CAPABILITY_PUT_SIZE_QUERY_FAILED, "查询能力单次PUT数量限制失败") \
  XX(62001, ADMIN_PARAM_INVALID, "无效的参数") \
  XX(62002, ADMIN_SESSION_CONVERT_FAILED, "SESSION格式转换失败") \
  XX(62003, ADMIN_SESSION_ID_INVALID, "SESSIONID无效") \
  XX(90001, INTERNAL, "内部错误")

/* The codes as enumeration constants: SDKERR_SUCCESS, SDKERR_LICENSE_EXPIRED, ... */
typedef enum sdkerr_code
{
#define SDKERR_ENUM_ENTRY_(code, name, msg) SDKERR_##name = code,
  SDKERR_MAP (SDKERR_ENUM_ENTRY_)
#undef SDKERR_ENUM_ENTRY_
} sdkerr_code_t;

/* Families of codes, from the ranges the SDK assigns them:
   XX(ID, "stable name", first code, last code), one line a family, in the
   order of their enumeration constants (SDKERR_CATEGORY_ID).  New families
   go at the end.  */
#define SDKERR_CATEGORY_MAP(XX) \
  XX(SUCCESS, "success", 0, 0) \
  XX(LICENSE, "license", 10000, 10999) \
  XX(PARAMETER, "parameter", 12000, 12999) /* parameters and resources */ \
  XX(STATE, "state", 14000, 14999) /* call sequence and state */ \
  XX(HTTP, "http", 15000, 15999) \
  XX(WEBSOCKET, "websocket", 19000, 19999) \
  XX(SERVER_REQUEST, "server-request", 50000, 50999) /* request checks */ \
  XX(SERVER, "server", 51000, 51999) /* server-side processing */ \
  XX(ADMIN, "admin", 60000, 69999) /* administration console */ \
  XX(INTERNAL, "internal", 90000, 99999)

typedef enum sdkerr_category
{
  SDKERR_CATEGORY_NONE = 0,     /* not a known code, or in no family */
#define SDKERR_CATEGORY_ENTRY_(id, name, first, last) SDKERR_CATEGORY_##id,
  SDKERR_CATEGORY_MAP (SDKERR_CATEGORY_ENTRY_)
#undef SDKERR_CATEGORY_ENTRY_
} sdkerr_category_t;

/* The version of the library at run time: the version string
   (SDKERR_VERSION of its build) when it is at least REQUIRED ("0.2",
   "0.2.1"), NULL otherwise or when REQUIRED is not a version; with NULL,
   the version string.  Like gpg_error_check_version.  */
const char *sdkerr_check_version (const char *required);

/* How the library chooses a language, on every path.

   A request is read as a list of language ranges, most wanted first:
   BCP 47 tags ("pt-BR", "zh-Hant-HK"), POSIX locale names
   ("pt_BR.UTF-8@euro"), LANGUAGE-style lists ("de:en") or HTTP
   Accept-Language values ("de-CH,de;q=0.9,en;q=0.8"; the 32 heaviest
   ranges count; C and POSIX items name no language and are skipped
   (a LANGUAGE list read for the locale stops at them, as gettext does);
   white space and CR/LF around items are ignored; a tag
   over 63 bytes is cut after its last whole subtag; q is read
   leniently where the intent is clear: ".5", "0.1234", and a weight too
   small to write is not a refusal).  A range with q=0 excludes the
   catalogs it matches (RFC 4647 basic filtering: "en;q=0" excludes en
   and en_US) on every step below, the default language included;
   "*;q=0" excludes the default.  For each range, in order:
   1. exact lookup among the installed catalogs, in gettext's order
      (pt_BR.UTF-8, pt_BR, pt);
   2. Chinese by script: zh-Hant, Taiwan, Hong Kong, Macao and Cantonese
      (yue) get Traditional Chinese, from the catalog of the nearest region
      (zh_HK for Hong Kong and Macao, and for Cantonese of any other
      region, as CLDR's likely yue-Hant-HK; zh_TW for Taiwan), never the
      Simplified source; other Chinese gets the source.  A LANGUAGE entry
      zh_Hant or zh@Hant is found by gettext itself: the installation
      holds catalogs of those names with the Taiwan text (gettext would
      read them as zh, the source), so sdkerr_localized, sdkerr_localized_l
      and raw dgettext agree on Traditional, where the library reads the
      catalogs and where it defers to dgettext (musl) alike; the message's
      tag is then "zh-Hant";
   3. aliases and three-letter codes: in -> id, iw -> he, ji -> yi,
      jw -> jv, mo -> ro, cmn/zho/chi -> zh, yue -> Traditional Chinese, and
      the ISO 639-2/3 codes of every shipped language (deu/ger -> de,
      fra/fre -> fr, jpn -> ja, por -> pt, spa -> es, ...); Norwegian
      no/nor and Nynorsk nn -> nb while no Nynorsk catalog is installed;
      a grandfathered tag is its preferred value in the IANA registry
      (RFC 5646 2.2.8), subtags after it kept: zh-min-nan -> nan (whose
      readers read Chinese), i-klingon -> tlh (English), i-lux -> lb,
      no-nyn -> nn, zh-guoyu -> cmn, zh-hakka -> hak, ...; one without a
      preferred value (i-default, zh-min) matches nothing;
      an "und" tag is the likely language of its region, else of its
      script (CLDR's likely subtags): und-BR is pt-BR, und-JP ja, und-TW
      and und-Hant Traditional Chinese, und-CN the source; "und" alone
      is en;
   4. the same language in another region: pt, pt-PT, pt-AO -> pt_BR;
      es-MX -> es; en-IN -> en; a modifier that names no script is no
      obstacle there, as in exact lookup (pt_PT@euro -> pt_BR), a script
      modifier must be the catalog's (sr_ME@latin never reads sr_RS).
   After every range, in their order: the catalogs that the readers of a
   language without one read instead (CLDR's one-way fallbacks, from
   CLDR 41's languageInfo.xml): gl, eu -> es; af -> nl; lb, gsw -> de;
   kk -> ru; mr -> hi; jv -> id; ur -> en; arz -> ar; bo, ug -> the
   source; ... (a language with a catalog of its own, such as ca, keeps
   it: ca-ES -> ca).  They count as matched (sdkerr_negotiate_tag ("gl")
   is "es"), and q=0 excludes them too ("gl,es;q=0" matches nothing).  A
   LANGUAGE list read for the locale gets them after every element,
   unless a C or POSIX element stopped it.
   When nothing requested is installed, the application's default
   (sdkerr_set_default_language), else the Chinese source.  A message a
   chosen catalog lacks comes from the next one chosen, as with gettext.  */

/* The description of CODE translated for the calling thread's current
   locale, as gettext would give it: the thread's LC_MESSAGES locale
   (uselocale, else setlocale), then LANGUAGE unless that locale is C, and
   the catalogs of the "sdkerr" domain's bound directory, including an
   application's own bindtextdomain.  Wherever dgettext ("sdkerr", msgid)
   finds a translation, this returns the same bytes; where gettext finds
   none, the rules above apply to the same list (a LANGUAGE list is first
   searched exactly, as gettext does, before closer matches are tried).
   The library reads the catalogs itself (see README, "Quality"): a catalog
   that its strict reader refuses (corrupt, strings not valid UTF-8) is
   skipped.  Where the application bound this domain to a codeset other
   than UTF-8 (bind_textdomain_codeset), every answer of this function, of
   sdkerr_localized_r and of sdkerr_localized_l is in that codeset: gettext's
   translations, the rules' other catalogs, the default language, the
   source and the unknown-code text alike, converted from UTF-8 as gettext
   converts (what the codeset lacks is transliterated, '?' at worst), once
   per catalog; a string that cannot be converted counts as untranslated.
   Where the C library does not let the library notice changes of
   gettext's state (musl: no _nl_msg_cat_cntr), dgettext answers first,
   under the locale asked for, and the rules apply where it finds nothing,
   to the same list as above: LANGUAGE unless the locale is C (musl's own
   dgettext reads no LANGUAGE), else that locale's name (the global
   locale's where the C library cannot name a thread's: no
   _NL_LOCALE_NAME).  An application that changes LANGUAGE while running
   must tell gettext, as for any catalog: textdomain (textdomain (NULL)).  An unknown
   code gives a translated "unknown error code" text.  Never NULL; the
   string lives as long as the library is loaded (the program's life,
   unless it is dlclose'd) and must not be freed or modified.  Thread-safe;
   after the first call with a given locale (where dgettext answers first:
   with a given locale and LANGUAGE), lock-free and allocation-free, as far
   as the C library's dgettext is.  */
const char *sdkerr_localized (int code);


/* Like sdkerr_localized, but copies into BUF of SIZE bytes; for an unknown
   code the text includes the number ("unknown error code 12345").  When
   SIZE > 0 the result is always NUL-terminated, and a truncated result ends
   on a whole UTF-8 character (in another bound codeset, on a byte: whole
   in single-byte codesets).  Returns 0 when the full message of a known
   code was copied, ERANGE when it did not fit (truncated, or SIZE is 0),
   EINVAL when CODE is unknown (the full unknown-code text was copied) or
   BUF is NULL with SIZE > 0 (nothing is written).  Thread-safe.  */
int sdkerr_localized_r (int code, char *buf, size_t size);

/* Per-call languages, for servers that answer each request in its
   user's language.  These read the same catalogs, from the same
   directory, never touch the process's or the thread's locale, and answer
   in UTF-8 whatever codeset the application bound (an HTTP body's).

   Catalogs installed, removed or replaced while the program runs are
   seen by every function of this header within one second: once read,
   the directory's listing is read again at most once a second, by the
   first lookup in a new second of the clock (a lookup reads a coarse
   clock, which costs no system call on Linux; only that one lookup reads
   the directory).  A removed catalog is no longer chosen, a replaced one
   is read anew, a truncated or half-written one is refused until it is
   whole.  Strings already returned stay valid until the library is
   unloaded, whatever happens to the files.  */

/* The description of CODE in the best available language for LANGS, by
   the rules above; LANGS only, never the environment.  NULL or a value
   in which nothing matches gives the default language, else the Chinese
   source.  Never NULL; static storage; thread-safe.  Lock-free and
   allocation-free for any value, of any length, seen before or not, once
   the catalogs it chooses are loaded (each is loaded once, on first use,
   under the library's lock): it then takes no lock, neither the
   library's nor (with glibc; elsewhere a value not remembered reads the
   binding under the library's lock) gettext's, and calls no allocator
   but once in a thread's life, to grow its table of values.
   Each thread remembers up to 3,072 values of any length (160 KiB of
   them; a value longer than that is resolved on each call), each
   compared byte for byte, and up to 64 distinct answers they share: in
   up to 445,768 bytes (435 KiB) a thread, allocated on its first lookup
   of a value (pages touched only as they fill; the table of values, 80
   KiB of it, starts at 5 KiB and grows once, at 192 values) and freed
   when it exits, and 64 bytes of thread-local storage.  */
const char *sdkerr_localized_lang (int code, const char *langs);

/* sdkerr_localized_lang into a buffer, with the contract of
   sdkerr_localized_r (unknown codes include their number).  */
int sdkerr_localized_lang_r (int code, const char *langs, char *buf,
                             size_t size);

/* The BCP 47 tag of the catalog sdkerr_localized_lang uses for LANGS
   ("pt-BR", "zh-TW", "zh-HK", or "zh-CN" for the Chinese source,
   whichever installed catalog holds it: zh, zh_SG), for a
   Content-Language header; NULL when nothing in LANGS matched (the
   default language, if any, is then the caller's business).  Static
   storage.  */
const char *sdkerr_negotiate_tag (const char *langs);

/* The BCP 47 tag of the language sdkerr_localized_lang (CODE, LANGS) is
   written in: the catalog that supplied that message, which is a later
   one of the chain when the first chosen lacks it ("en" for a message a
   partial "ro" catalog lacks), or "zh-CN" for the Chinese source.  For a
   Content-Language header or a lang attribute on that very message.
   Never NULL; static storage; thread-safe, lock-free and
   allocation-free whenever sdkerr_localized_lang is.  */
const char *sdkerr_localized_lang_tag (int code, const char *langs);

/* The name of the catalog sdkerr_localized_lang uses for LANGS ("pt_BR",
   "zh_TW", or "zh_CN" for the Chinese source, whichever installed
   catalog holds it: zh, zh_SG), the default language's
   when nothing matched.  Never NULL; static storage.  For an HTTP header,
   use sdkerr_negotiate_tag.  */
const char *sdkerr_negotiate (const char *langs);

/* Sets the language used when nothing requested is available, on every
   path (the C locale included): a tag or list, as for
   sdkerr_localized_lang ("en").  Call it once at start-up, like
   bindtextdomain.  NULL restores the Chinese source.  Returns 0, or
   EINVAL (changing nothing) when no installed catalog matches LANGS or it
   is longer than 255 bytes.  A request that refuses Chinese (zh;q=0) gets
   the default when one is set.  Thread-safe; lookups never wait for it:
   one made while the default changes gets the old default or the new,
   and every lookup that starts after it returns gets the new.  */
int sdkerr_set_default_language (const char *langs);

#ifdef SDKERR_HAVE_LOCALE_T
/* The description of CODE in the language of LOC's LC_MESSAGES category,
   like strerror_l: what sdkerr_localized gives in a thread that uses LOC
   (uselocale), LANGUAGE included.  LC_GLOBAL_LOCALE is the global locale;
   (locale_t) 0 names no locale (the default language, else the source).
   The locale need only be named: catalogs are found by its name.  Where
   dgettext answers first (see sdkerr_localized), it answers for LOC: the
   calling thread uses LOC (uselocale) for the time of that call only.
   Never NULL; thread-safe.  */
const char *sdkerr_localized_l (int code, locale_t loc);
#endif

/* The languages whose catalogs are installed and usable ("de", "pt_BR",
   ...; the Chinese source is always available besides, and a catalog
   installed again under another name, as zh_MO holds zh_HK's, is listed
   once), sorted.  Stores up to MAX names in LANGS (which may be NULL when
   MAX is 0) and returns how many there are in all.  The names are
   static.  Loads every catalog on the first call; catalogs installed or
   removed later are counted within a second (see above).  */
size_t sdkerr_languages (const char **langs, size_t max);

/* The directory the library reads catalogs from (the "sdkerr" domain's
   binding), for diagnostics.  Static storage.  */
const char *sdkerr_catalog_dir (void);

/* The untranslated Chinese description of CODE, or NULL if CODE is
   unknown.  Static storage.  */
const char *sdkerr_message (int code);

/* The symbolic name of CODE ("SDKERR_LICENSE_EXPIRED"), or NULL if CODE is
   unknown.  Static storage.  */
const char *sdkerr_name (int code);

/* Reverse lookup: stores in *CODE the code whose symbolic name is NAME,
   with or without the "SDKERR_" prefix, ignoring ASCII case
   ("license_expired" works).  Returns 0 on success; EINVAL if NAME or CODE
   is NULL; ENOENT if no code has that name.  *CODE is left alone on
   failure.  */
int sdkerr_code_from_name (const char *name, int *code);

/* The category of CODE; SDKERR_CATEGORY_NONE if CODE is unknown.  */
sdkerr_category_t sdkerr_category (int code);

/* A stable lower-case identifier for CATEGORY ("license", "http",
   "server-request", ...); NULL for SDKERR_CATEGORY_NONE or an out-of-range
   value.  Static storage.  */
const char *sdkerr_category_name (sdkerr_category_t category);

/* Every known code, in ascending order.  Stores the number of codes in
   *COUNT unless COUNT is NULL.  The array is static; do not modify it.  */
const int *sdkerr_codes (size_t *count);

#ifdef __cplusplus
}
#endif

#endif /* SDKERR_H */
