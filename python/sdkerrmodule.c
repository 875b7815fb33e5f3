/* sdkerrmodule.c - the Python module "sdkerr": libsdkerr's functions
   under Pythonic names, and SdkError, an exception for SDK wrappers.

   Every answer comes from the C library; nothing here chooses a language
   or holds a table.  The calls hold the GIL: they take nanoseconds, and
   releasing it would cost more than it frees.  Nothing here touches the
   process locale or the environment.  */

/* Python.h comes first (it sets the feature macros), so config.h, which
   sets them too and gives this file nothing it needs, is not included.  */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <errno.h>
#include <limits.h>
#include <string.h>

#include "sdkerr.h"

PyMODINIT_FUNC PyInit_sdkerr (void);

/* Argument conversion.  */

/* A converter for PyArg_Parse*: an int (or anything with __index__, as
   os.strerror takes) into a C int.  A value beyond C int becomes INT_MIN or
   INT_MAX, which are no code, so that it is an unknown code as in C rather
   than an OverflowError.  */
static int
code_converter (PyObject *obj, void *out)
{
  PyObject *index = PyNumber_Index (obj);
  long long value;
  int overflow;

  if (index == NULL)
    return 0;
  value = PyLong_AsLongLongAndOverflow (index, &overflow);
  Py_DECREF (index);
  if (value == -1 && PyErr_Occurred ())
    return 0;
  if (overflow > 0 || value > INT_MAX)
    value = INT_MAX;
  else if (overflow < 0 || value < INT_MIN)
    value = INT_MIN;
  *(int *) out = (int) value;
  return 1;
}

/* The library's string S as a str, None for NULL.  Its text is UTF-8,
   unless an application bound the domain to another codeset: bytes that
   are not UTF-8 then become lone surrogates, as os.fsdecode makes them,
   rather than an exception from an error path.  */
static PyObject *
from_c (const char *s)
{
  if (s == NULL)
    Py_RETURN_NONE;
  return PyUnicode_DecodeUTF8 (s, (Py_ssize_t) strlen (s), "surrogateescape");
}

/* LOOKUP's answer for the code ARG, as a str or None.  */
static PyObject *
code_lookup (PyObject *arg, const char *(*lookup) (int))
{
  int code;

  if (!code_converter (arg, &code))
    return NULL;
  return from_c (lookup (code));
}

static const char *
category_name (int code)
{
  return sdkerr_category_name (sdkerr_category (code));
}

/* The functions.  */

PyDoc_STRVAR (localized_doc,
"localized(code, lang=None)\n--\n\n"
"The description of CODE in the user's language, as a str.\n\n"
"With LANG None, the language of the process locale, as gettext chooses\n"
"it (sdkerr_localized): the application's LC_MESSAGES and LANGUAGE, so\n"
"call locale.setlocale(locale.LC_ALL, '') once at start-up, as in C.\n"
"Otherwise LANG is a str naming the language for this call only\n"
"(sdkerr_localized_lang): a BCP 47 tag ('pt-BR'), a POSIX locale name\n"
"('pt_BR.UTF-8'), a LANGUAGE-style list ('de:en') or an HTTP\n"
"Accept-Language value ('de-CH,de;q=0.9,en;q=0.8').  When nothing in it\n"
"is installed: the default language (set_default_language), else the\n"
"Chinese source.\n\n"
"An unknown code, including an int beyond C int, gives the translated\n"
"'unknown error code' text.  TypeError when CODE is not an int or LANG\n"
"not a str or None; ValueError when LANG holds a NUL character.");

static PyObject *
sdkerr_py_localized (PyObject *self, PyObject *args, PyObject *kwargs)
{
  static char *keywords[] = { "code", "lang", NULL };
  const char *lang = NULL;
  int code;

  (void) self;
  if (!PyArg_ParseTupleAndKeywords (args, kwargs, "O&|z:localized", keywords,
                                    code_converter, &code, &lang))
    return NULL;
  return from_c (lang == NULL ? sdkerr_localized (code)
                 : sdkerr_localized_lang (code, lang));
}

PyDoc_STRVAR (negotiate_tag_doc,
"negotiate_tag(langs)\n--\n\n"
"The BCP 47 tag of the catalog localized(code, LANGS) uses ('pt-BR',\n"
"'zh-TW'; 'zh-CN' for the Chinese source), for a Content-Language\n"
"header; None when nothing in LANGS matched (or LANGS is None), the\n"
"default language then being the caller's business.");

static PyObject *
sdkerr_py_negotiate_tag (PyObject *self, PyObject *args)
{
  const char *langs;

  (void) self;
  if (!PyArg_ParseTuple (args, "z:negotiate_tag", &langs))
    return NULL;
  return from_c (langs == NULL ? NULL : sdkerr_negotiate_tag (langs));
}

PyDoc_STRVAR (set_default_language_doc,
"set_default_language(langs)\n--\n\n"
"Set the language used when nothing requested is installed, on every\n"
"path, the C locale included: a tag or list, as for localized ('en').\n"
"None restores the Chinese source.  Process-wide, like the C call: do it\n"
"once at start-up.  ValueError (changing nothing) when no installed\n"
"catalog matches LANGS or it is longer than 255 bytes.");

static PyObject *
sdkerr_py_set_default_language (PyObject *self, PyObject *args)
{
  const char *langs;

  (void) self;
  if (!PyArg_ParseTuple (args, "z:set_default_language", &langs))
    return NULL;
  if (sdkerr_set_default_language (langs) != 0)
    return PyErr_Format (PyExc_ValueError,
                         "no installed catalog matches %R",
                         PyTuple_GET_ITEM (args, 0));
  Py_RETURN_NONE;
}

PyDoc_STRVAR (message_doc,
"message(code)\n--\n\n"
"The untranslated Chinese description of CODE, or None if CODE is\n"
"unknown.");

static PyObject *
sdkerr_py_message (PyObject *self, PyObject *arg)
{
  (void) self;
  return code_lookup (arg, sdkerr_message);
}

PyDoc_STRVAR (name_doc,
"name(code)\n--\n\n"
"The symbolic name of CODE ('SDKERR_LICENSE_EXPIRED'), or None if CODE\n"
"is unknown.");

static PyObject *
sdkerr_py_name (PyObject *self, PyObject *arg)
{
  (void) self;
  return code_lookup (arg, sdkerr_name);
}

PyDoc_STRVAR (code_from_name_doc,
"code_from_name(name)\n--\n\n"
"The code whose symbolic name is NAME, with or without the 'SDKERR_'\n"
"prefix, in any ASCII case ('license_expired' gives 10003).  KeyError\n"
"when no code has that name; TypeError when NAME is not a str;\n"
"ValueError when it holds a NUL character.");

static PyObject *
sdkerr_py_code_from_name (PyObject *self, PyObject *args)
{
  const char *name;
  int code;

  (void) self;
  if (!PyArg_ParseTuple (args, "s:code_from_name", &name))
    return NULL;
  if (sdkerr_code_from_name (name, &code) != 0)
    {
      PyErr_SetObject (PyExc_KeyError, PyTuple_GET_ITEM (args, 0));
      return NULL;
    }
  return PyLong_FromLong (code);
}

PyDoc_STRVAR (category_doc,
"category(code)\n--\n\n"
"The family of CODE as the C library's stable lower-case name\n"
"(sdkerr_category_name): 'success', 'license', 'parameter', 'state',\n"
"'http', 'websocket', 'server-request', 'server', 'admin' or\n"
"'internal'; None if CODE is unknown.");

static PyObject *
sdkerr_py_category (PyObject *self, PyObject *arg)
{
  (void) self;
  return code_lookup (arg, category_name);
}

PyDoc_STRVAR (codes_doc,
"codes()\n--\n\n"
"Every known code, as a tuple of ints in ascending order.");

static PyObject *
sdkerr_py_codes (PyObject *self, PyObject *unused)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  PyObject *tuple = PyTuple_New ((Py_ssize_t) count);

  (void) self;
  (void) unused;
  for (size_t i = 0; tuple != NULL && i < count; i++)
    {
      PyObject *code = PyLong_FromLong (codes[i]);
      if (code == NULL)
        Py_CLEAR (tuple);
      else
        PyTuple_SET_ITEM (tuple, (Py_ssize_t) i, code);
    }
  return tuple;
}

PyDoc_STRVAR (languages_doc,
"languages()\n--\n\n"
"The languages whose catalogs are installed and usable, as a sorted tuple\n"
"of catalog names ('de', 'pt_BR', ...).  The Chinese source is always\n"
"available besides.  The first call reads every catalog.");

static PyObject *
sdkerr_py_languages (PyObject *self, PyObject *unused)
{
  size_t count = sdkerr_languages (NULL, 0), total;
  const char **names = PyMem_New (const char *, count + 1);
  PyObject *tuple;

  (void) self;
  (void) unused;
  if (names == NULL)
    return PyErr_NoMemory ();
  /* The catalogs are read once, so a second call gives the same count;
     never more than were stored, whatever it says.  */
  total = sdkerr_languages (names, count);
  if (total < count)
    count = total;
  tuple = PyTuple_New ((Py_ssize_t) count);
  for (size_t i = 0; tuple != NULL && i < count; i++)
    {
      PyObject *name = from_c (names[i]);
      if (name == NULL)
        Py_CLEAR (tuple);
      else
        PyTuple_SET_ITEM (tuple, (Py_ssize_t) i, name);
    }
  PyMem_Free (names);
  return tuple;
}

/* METH_VARARGS | METH_KEYWORDS functions take three arguments; the method
   table stores them as PyCFunction, through a cast gcc does not flag.  */
#define KEYWORDS_FUNCTION(f) ((PyCFunction) (void (*) (void)) (f))

static PyMethodDef sdkerr_methods[] = {
  { "localized", KEYWORDS_FUNCTION (sdkerr_py_localized),
    METH_VARARGS | METH_KEYWORDS, localized_doc },
  { "negotiate_tag", sdkerr_py_negotiate_tag, METH_VARARGS,
    negotiate_tag_doc },
  { "set_default_language", sdkerr_py_set_default_language, METH_VARARGS,
    set_default_language_doc },
  { "message", sdkerr_py_message, METH_O, message_doc },
  { "name", sdkerr_py_name, METH_O, name_doc },
  { "code_from_name", sdkerr_py_code_from_name, METH_VARARGS,
    code_from_name_doc },
  { "category", sdkerr_py_category, METH_O, category_doc },
  { "codes", sdkerr_py_codes, METH_NOARGS, codes_doc },
  { "languages", sdkerr_py_languages, METH_NOARGS, languages_doc },
  { NULL, NULL, 0, NULL }
};

/* SdkError.  */

typedef struct
{
  PyBaseExceptionObject base;
  PyObject *code;
  PyObject *name;
  PyObject *category;
  PyObject *lang;
  PyObject *text;               /* str(): the message, fixed when made */
} sdkerror_object;

PyDoc_STRVAR (sdkerror_doc,
"SdkError(code, lang=None)\n--\n\n"
"An SDK error, for wrappers to raise: .code (the int given), .name and\n"
".category (as name() and category() give them, None for an unknown\n"
"code) and .lang; str() is localized(code, lang), taken when the\n"
"exception is made.  Its args are (code,) or (code, lang), so that it\n"
"pickles and prints as it was made.");

static int
sdkerror_init (PyObject *self, PyObject *args, PyObject *kwargs)
{
  static char *keywords[] = { "code", "lang", NULL };
  sdkerror_object *e = (sdkerror_object *) self;
  PyObject *code_obj, *lang_obj = Py_None, *code_index, *new_args;
  const char *lang = NULL, *text;
  int code;

  if (!PyArg_ParseTupleAndKeywords (args, kwargs, "O|O:SdkError", keywords,
                                    &code_obj, &lang_obj))
    return -1;
  if (!code_converter (code_obj, &code)
      || (lang_obj != Py_None && !PyArg_Parse (lang_obj, "s", &lang)))
    return -1;
  code_index = PyNumber_Index (code_obj);
  if (code_index == NULL)
    return -1;
  text = lang == NULL ? sdkerr_localized (code)
    : sdkerr_localized_lang (code, lang);
  new_args = lang == NULL ? PyTuple_Pack (1, code_index)
    : PyTuple_Pack (2, code_index, lang_obj);
  Py_XSETREF (e->text, from_c (text));
  Py_XSETREF (e->name, from_c (sdkerr_name (code)));
  Py_XSETREF (e->category, from_c (category_name (code)));
  Py_INCREF (lang_obj);
  Py_XSETREF (e->lang, lang_obj);
  Py_XSETREF (e->code, code_index);
  if (new_args == NULL || e->text == NULL || e->name == NULL
      || e->category == NULL)
    {
      Py_XDECREF (new_args);
      return -1;
    }
  Py_XSETREF (e->base.args, new_args);
  return 0;
}

static PyObject *
sdkerror_str (PyObject *self)
{
  sdkerror_object *e = (sdkerror_object *) self;

  /* Made by __new__ without __init__ (as pickle's copyreg may do).  */
  if (e->text == NULL)
    return ((PyTypeObject *) PyExc_Exception)->tp_str (self);
  Py_INCREF (e->text);
  return e->text;
}

static int
sdkerror_clear (PyObject *self)
{
  sdkerror_object *e = (sdkerror_object *) self;

  Py_CLEAR (e->code);
  Py_CLEAR (e->name);
  Py_CLEAR (e->category);
  Py_CLEAR (e->lang);
  Py_CLEAR (e->text);
  return ((PyTypeObject *) PyExc_Exception)->tp_clear (self);
}

static int
sdkerror_traverse (PyObject *self, visitproc visit, void *arg)
{
  sdkerror_object *e = (sdkerror_object *) self;

  Py_VISIT (e->code);
  Py_VISIT (e->name);
  Py_VISIT (e->category);
  Py_VISIT (e->lang);
  Py_VISIT (e->text);
  return ((PyTypeObject *) PyExc_Exception)->tp_traverse (self, visit, arg);
}

static void
sdkerror_dealloc (PyObject *self)
{
  PyObject_GC_UnTrack (self);
  sdkerror_clear (self);
  Py_TYPE (self)->tp_free (self);
}

static PyMemberDef sdkerror_members[] = {
  { "code", T_OBJECT, offsetof (sdkerror_object, code), READONLY,
    "The code, as given." },
  { "name", T_OBJECT, offsetof (sdkerror_object, name), READONLY,
    "The symbolic name ('SDKERR_LICENSE_EXPIRED'), or None." },
  { "category", T_OBJECT, offsetof (sdkerror_object, category), READONLY,
    "The family ('license'), or None." },
  { "lang", T_OBJECT, offsetof (sdkerror_object, lang), READONLY,
    "The language requested, or None for the process locale's." },
  { NULL, 0, 0, 0, NULL }
};

static PyTypeObject sdkerror_type = {
  PyVarObject_HEAD_INIT (NULL, 0)
  .tp_name = "sdkerr.SdkError",
  .tp_basicsize = sizeof (sdkerror_object),
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  .tp_doc = sdkerror_doc,
  .tp_init = sdkerror_init,
  .tp_str = sdkerror_str,
  .tp_clear = sdkerror_clear,
  .tp_traverse = sdkerror_traverse,
  .tp_dealloc = sdkerror_dealloc,
  .tp_members = sdkerror_members,
};

/* The module.  */

PyDoc_STRVAR (sdkerr_doc,
"The SDK's error codes as messages in the user's language.\n\n"
"A binding of libsdkerr: the same catalogs, the same rules for choosing a\n"
"language, the same answers as the C library, byte for byte.\n\n"
"    import sdkerr\n"
"    sdkerr.localized(10003, 'en')       # 'License has expired'\n"
"    sdkerr.name(10003)                  # 'SDKERR_LICENSE_EXPIRED'\n"
"    sdkerr.category(10003)              # 'license'\n"
"    raise sdkerr.SdkError(10003, 'de')  # str(): 'Lizenz abgelaufen'\n\n"
"localized(code) without a language follows the process locale, as gettext\n"
"does: the application calls locale.setlocale(locale.LC_ALL, '') first.\n"
"localized(code, lang) answers in the language of a tag, a LANGUAGE-style\n"
"list or an HTTP Accept-Language value, for this call only: what a server\n"
"answering each request in its user's language needs.  The module never\n"
"changes the locale or the environment; set_default_language is its one\n"
"process-wide setting, as in C.\n\n"
"Codes are ints (bool and objects with __index__ too, as os.strerror takes\n"
"them); anything else raises TypeError.  A code the SDK does not have,\n"
"including an int beyond C int, is unknown: localized gives the translated\n"
"'unknown error code' text, message, name and category give None.  Strings\n"
"holding a NUL character raise ValueError.  Every call is thread-safe and\n"
"takes nanoseconds: none releases the GIL.\n\n"
"The catalogs are read from the directory the C library was installed\n"
"with, or from SDKERR_LOCALEDIR.  version is the C library's version.\n"
"See also sdkerr_localized(3) and sdkerr(1).");

static struct PyModuleDef sdkerr_module = {
  PyModuleDef_HEAD_INIT,
  .m_name = "sdkerr",
  .m_doc = sdkerr_doc,
  .m_size = -1,
  .m_methods = sdkerr_methods,
};

PyMODINIT_FUNC
PyInit_sdkerr (void)
{
  PyObject *module;
  const char *version = sdkerr_check_version (NULL);

  sdkerror_type.tp_base = (PyTypeObject *) PyExc_Exception;
  if (PyType_Ready (&sdkerror_type) < 0)
    return NULL;
  module = PyModule_Create (&sdkerr_module);
  if (module == NULL)
    return NULL;
  Py_INCREF (&sdkerror_type);
  if (PyModule_AddObject (module, "SdkError", (PyObject *) &sdkerror_type) < 0)
    {
      Py_DECREF (&sdkerror_type);
      Py_DECREF (module);
      return NULL;
    }
  if (PyModule_AddStringConstant (module, "version", version) < 0
      || PyModule_AddStringConstant (module, "__version__", version) < 0)
    {
      Py_DECREF (module);
      return NULL;
    }
  return module;
}
