import time


def step1():
    step2()


def step2():
    step3()


def step3():
    step4()


def step4():
    step5()


def step5():
    step6()


def step6():
    step7()


def step7():
    step8()


def step8():
    step9()


def step9():
    step10()


def step10():
    step11()


def step11():
    step12()


def step12():
    step13()


def step13():
    step14()


def step14():
    step15()


def step15():
    step16()


def step16():
    step17()


def step17():
    step18()


def step18():
    step19()


def step19():
    step20()


def step20():
    step21()


def step21():
    step22()


def step22():
    step23()


def step23():
    step24()


def step24():
    step25()


def step25():
    step26()


def step26():
    step27()


def step27():
    step28()


def step28():
    step29()


def step29():
    step30()


def step30():
    step31()


def step31():
    step32()


def step32():
    step33()


def step33():
    step34()


def step34():
    step35()


def step35():
    step36()


def step36():
    step37()


def step37():
    step38()


def step38():
    step39()


def step39():
    step40()


def step40():
    step41()


def step41():
    step42()


def step42():
    step43()


def step43():
    step44()


def step44():
    step45()


def step45():
    step46()


def step46():
    step47()


def step47():
    step48()


def step48():
    step49()


def step49():
    step50()


def step50():
    step51()


def step51():
    step52()


def step52():
    step53()


def step53():
    step54()


def step54():
    step55()


def step55():
    step56()


def step56():
    step57()


def step57():
    step58()


def step58():
    step59()


def step59():
    step60()


def step60():
    time.sleep(1)


def short1():
    short2()


def short2():
    short3()


def short3():
    short4()


def short4():
    short5()


def short5():
    short6()


def short6():
    time.sleep(1)


async def handler():
    step1()  # want "step1\\(\\) blocks the event loop: step1 -> step2 -> step3 -> step4 -> step5 -> \\.\\.\\. \\(54 more\\) -> step60 -> time.sleep;"
    short1()  # want "short1\\(\\) blocks the event loop: short1 -> short2 -> short3 -> short4 -> short5 -> short6 -> time.sleep;"
    step55()  # want "step55 -> step56 -> step57 -> step58 -> step59 -> step60 -> time.sleep;"
    step54()  # want "step54 -> step55 -> step56 -> step57 -> step58 -> \\.\\.\\. \\(1 more\\) -> step60 -> time.sleep;"
