# cmake -DIN=hindsight_ja.ts -DOUT=... -P sharedcontext.cmake
# Writes OUT: IN's messages in their own contexts, and once more under the shared context "*", so that a message
# translated at run time in another context than lupdate saw (a file's own tr() helper) is still found
# (HindsightTranslator in uilanguage.cpp).
file(READ "${IN}" ts)
string(FIND "${ts}" "<context>" first)
string(FIND "${ts}" "</context>" last REVERSE)
if(first EQUAL -1 OR last EQUAL -1)
    file(WRITE "${OUT}" "${ts}")
    return()
endif()
math(EXPR bodyLength "${last} + 10 - ${first}")
string(SUBSTRING "${ts}" ${first} ${bodyLength} body)
string(REGEX REPLACE "<name>[^<]*</name>" "<name>*</name>" shared "${body}")
math(EXPR tail "${first} + ${bodyLength}")
string(SUBSTRING "${ts}" 0 ${first} head)
string(SUBSTRING "${ts}" ${tail} -1 rest)
file(WRITE "${OUT}" "${head}${body}\n${shared}${rest}")
